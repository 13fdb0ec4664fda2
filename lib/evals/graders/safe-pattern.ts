// User patterns (regex graders, memory "matches", letta-evals regex_match) run on the ADE's server against model
// output. JavaScript's RegExp backtracks, so a pattern like (a+)+$ can hang the server on a long reply; RE2JS (a port
// of RE2) matches in time linear in the text. Its syntax is RE2's: no lookarounds, no backreferences, no possessive
// quantifiers. A pattern that JavaScript accepts but RE2 does not is refused with that reason, not as a typo.
import { RE2JS } from "re2js";

export interface SafePattern {
  source: string;
  /** Whether the pattern matches anywhere in the text (like RegExp.prototype.test). */
  test: (text: string) => boolean;
}

/** Why a pattern is refused: it does not compile at all, or it uses syntax the linear-time engine lacks. */
export interface PatternProblem {
  error: string;
  unsupported: boolean;
}

/** `\uXXXX` (JavaScript) written as `\x{XXXX}` (RE2); an escaped backslash before the `u` is left alone. */
function translateUnicodeEscapes(source: string): string {
  return source.replace(/(^|[^\\])((?:\\\\)*)\\u([0-9a-fA-F]{4})/g, "$1$2\\x{$3}");
}

/** What JavaScript would call the pattern, only to tell "unsupported" from "broken" (it is never run). */
function compilesInJavaScript(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

function engineMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^error parsing regexp: /, "");
}

/** The pattern compiled for linear-time matching, or why it is refused. */
export function compileSafePattern(source: string, caseSensitive: boolean): SafePattern | PatternProblem {
  try {
    const compiled = RE2JS.compile(translateUnicodeEscapes(source), caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
    return { source, test: (text) => compiled.test(text) };
  } catch (error) {
    return { unsupported: compilesInJavaScript(source), error: engineMessage(error) };
  }
}

/** The end of a sentence that starts with the pattern: "does not compile: …" or "is not supported …: …". */
export function describePatternProblem(problem: PatternProblem): string {
  return problem.unsupported
    ? `is not supported by the ADE's linear-time engine (RE2, which has no lookarounds, backreferences or possessive quantifiers): ${problem.error}`
    : `does not compile: ${problem.error}`;
}

export function isPatternProblem(compiled: SafePattern | PatternProblem): compiled is PatternProblem {
  return "error" in compiled;
}
