/** The distinct, trimmed, non-empty entries of a comma-separated list (tags, tool names). */
export function splitCommaList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(",")
        .map((entry) => entry.trim())
        .filter((entry) => entry.length > 0),
    ),
  ];
}
