// Where sign-in sends the editor back to: a path on this desk, never another site. Browsers read
// "/\evil.host" and "/<tab>/evil.host" as "//evil.host" (a protocol-relative address), so a
// backslash, whitespace or a control character anywhere refuses the path, and what is left must
// resolve to this desk's own origin.

const BASE = "http://desk.invalid";

export function safeReturnPath(from: string | null | undefined): string {
  if (!from || !from.startsWith("/") || from.startsWith("//")) return "/";
  if (/[\\\s\u0000-\u001f\u007f]/u.test(from)) return "/";
  let url: URL;
  try {
    url = new URL(from, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
