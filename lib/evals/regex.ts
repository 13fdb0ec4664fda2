/** Why a pattern does not compile as a JavaScript regular expression, or null when it does. */
export function regexProblem(pattern: string, caseSensitive = true): string | null {
  try {
    new RegExp(pattern, caseSensitive ? "u" : "iu");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : "Not a valid regular expression";
  }
}
