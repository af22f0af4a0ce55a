// A tiny escaping template for the report: every interpolated value is escaped unless it is
// already markup built by this template, so user text can never inject HTML or scripts.

export class Markup {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]);
}

type Value = Markup | string | number | null | undefined | false | Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Markup) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Markup(out);
}

/** Trusted markup (the embedded font CSS, the print CSS): never user text. */
export function raw(text: string): Markup {
  return new Markup(text);
}

/** Short user text (names, titles, notes) isolated so bidi characters cannot reorder the line around it. */
export function bdi(text: string | null | undefined): Markup {
  return html`<bdi>${text ?? ""}</bdi>`;
}
