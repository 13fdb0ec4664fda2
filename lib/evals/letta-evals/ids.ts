/** An ADE id (letters, digits, `_` and `-`, up to 100) from any text, unique among `taken`. */
export function toEvalId(text: string, fallback: string, taken: Set<string>): string {
  const base =
    text
      .trim()
      .replace(/[^A-Za-z0-9_-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 90) || fallback;
  let id = base;
  for (let suffix = 2; taken.has(id); suffix += 1) id = `${base}-${suffix}`;
  taken.add(id);
  return id;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
