/**
 * Values go into generated code as literals that cannot break out of their quotes: JSON for TypeScript and the
 * shell's JSON bodies, and a Python literal built from JSON strings (a JSON string literal is a valid Python one).
 */
export function jsonLiteral(value: unknown, indent = 0): string {
  const text = JSON.stringify(value ?? null, null, 2) ?? "null";
  return reindent(text, indent);
}

/**
 * JSON with the quotes dropped from keys that are plain identifiers, as TypeScript is usually written. Only a key
 * starts a line with `"name":` in pretty-printed JSON (an array's string is followed by `,` or a line end).
 */
export function tsLiteral(value: unknown, indent = 0): string {
  return jsonLiteral(value, indent).replace(/^(\s*)"([A-Za-z_$][\w$]*)":/gm, "$1$2:");
}

export function pyLiteral(value: unknown, indent = 0): string {
  return reindent(py(value ?? null, 0), indent);
}

function reindent(text: string, indent: number): string {
  if (indent === 0) return text;
  const pad = " ".repeat(indent);
  return text.replace(/\n/g, `\n${pad}`);
}

function py(value: unknown, depth: number): string {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") return Number.isFinite(value) ? JSON.stringify(value) : "None";
  if (typeof value === "string") return JSON.stringify(value);
  const pad = "  ".repeat(depth + 1);
  const end = "  ".repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((item) => `${pad}${py(item, depth + 1)},`).join("\n")}\n${end}]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return "{}";
    return `{\n${entries.map(([key, v]) => `${pad}${JSON.stringify(key)}: ${py(v, depth + 1)},`).join("\n")}\n${end}}`;
  }
  return "None";
}

/** A string as one shell word in single quotes (a `'` inside becomes `'\''`). */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
