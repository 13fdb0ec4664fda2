/** Parses the JSON arguments for a tool run; they must be one JSON object (empty text means `{}`). */
export function parseRunArgs(text: string): { args: Record<string, unknown> } | { error: string } {
  if (!text.trim()) return { args: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `The arguments are not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { error: 'The arguments must be a JSON object, such as {"city": "Paris"}' };
  }
  return { args: value as Record<string, unknown> };
}
