// Matching shared by the reply, tool-output and memory graders: exact, contains, or a regular expression (RE2
// syntax, matched in linear time: safe-pattern.ts), with or without case. Texts are compared as plain strings;
// markup in them is never interpreted.
import { compileSafePattern, describePatternProblem, isPatternProblem } from "./safe-pattern";

type MatchMode = "exact" | "contains" | "regex";

export interface TextMatch {
  match: MatchMode;
  value: string;
  caseSensitive: boolean;
}

const QUOTE_CHARS = 160;

/** Whether the text matches; an error when the pattern does not compile. */
export function matchText(spec: TextMatch, text: string): { matched: boolean } | { error: string } {
  if (spec.match === "regex") {
    const pattern = compileSafePattern(spec.value, spec.caseSensitive);
    if (isPatternProblem(pattern)) return { error: `The pattern /${spec.value}/ ${describePatternProblem(pattern)}` };
    return { matched: pattern.test(text) };
  }
  const fold = (value: string) => (spec.caseSensitive ? value : value.toLowerCase());
  if (spec.match === "exact") return { matched: fold(text.trim()) === fold(spec.value.trim()) };
  return { matched: fold(text).includes(fold(spec.value)) };
}

/** "contains \"Paris\"", "is exactly \"Paris\"", "matches /P.ris/i", for reasons. */
export function describeMatch(spec: TextMatch, negated = false): string {
  const caseNote = spec.caseSensitive ? "" : " (ignoring case)";
  switch (spec.match) {
    case "exact":
      return `${negated ? "is not" : "is"} exactly ${quote(spec.value)}${caseNote}`;
    case "contains":
      return `${negated ? "does not contain" : "contains"} ${quote(spec.value)}${caseNote}`;
    case "regex":
      return `${negated ? "does not match" : "matches"} /${clip(spec.value)}/${spec.caseSensitive ? "" : "i"}`;
  }
}

/** A text quoted for a reason: JSON-escaped (so line breaks and quotes show), cut to a readable length. */
export function quote(text: string, max = QUOTE_CHARS): string {
  return JSON.stringify(clip(text, max));
}

function clip(text: string, max = QUOTE_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
