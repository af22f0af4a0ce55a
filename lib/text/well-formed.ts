// A lone UTF-16 surrogate (half of an emoji, say) can arrive in JSON as "\ud83d" or through a
// server action; it cannot be stored as UTF-8, and PostgreSQL text cannot hold NUL. Both are refused
// at the boundary, naming the field.

const BROKEN = /[\p{Cs}\u0000]/u;

/** The path of the first string in `value` holding a lone surrogate or NUL ("" for the value itself), or null. */
export function malformedTextPath(value: unknown, path = ""): string | null {
  if (typeof value === "string") return BROKEN.test(value) ? path : null;
  if (value === null || typeof value !== "object") return null;
  for (const [key, child] of Object.entries(value)) {
    const found = malformedTextPath(child, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}

export function malformedTextMessage(path: string) {
  return `${path ? `The field ${path}` : "The text"} holds a broken character (NUL, or half of a surrogate pair): send whole characters`;
}
