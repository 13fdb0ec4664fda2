/**
 * Judge prompts (the ADE's model_judge grader, lib/evals/graders/model-judge.ts): a user message with a
 * `<rubric>` and a `<response>` section gets a deterministic JSON verdict. The rubric's keywords are the terms
 * it writes in backticks (`Paris`); the score is the share of them found in the response (ignoring case).
 * Kept apart from scenario.ts, which calls it before its keyword rules.
 */

const RUBRIC = /<rubric>\n([\s\S]*?)\n<\/rubric>/;
const RESPONSE_OPEN = "<response>\n";
const RESPONSE_CLOSE = "\n</response>";
const KEYWORD = /`([^`\n]+)`/g;
/** In a rubric: answer something that is not JSON (for tests of a malformed verdict). */
const JUDGE_MALFORMED = "#judge-malformed";

export function planJudge(userText: string): { text: string } | undefined {
  const rubric = RUBRIC.exec(userText)?.[1];
  const open = userText.indexOf(RESPONSE_OPEN);
  const close = userText.lastIndexOf(RESPONSE_CLOSE);
  if (rubric === undefined || open < 0 || close < open) return undefined;
  if (rubric.includes(JUDGE_MALFORMED)) return { text: "The response looks fine to me." };
  const response = userText.slice(open + RESPONSE_OPEN.length, close);
  const keywords = [...new Set([...rubric.matchAll(KEYWORD)].map((match) => match[1] ?? ""))];
  if (keywords.length === 0) {
    const empty = response.trim() === "";
    return verdict(empty ? 0 : 1, `The rubric names no keywords; the response is ${empty ? "empty" : "not empty"}.`);
  }
  const lower = response.toLowerCase();
  const found = keywords.filter((keyword) => lower.includes(keyword.toLowerCase()));
  const missing = keywords.filter((keyword) => !found.includes(keyword));
  const score = Math.round((found.length / keywords.length) * 100) / 100;
  const list = (words: string[]) => words.map((word) => `"${word}"`).join(", ") || "none";
  return verdict(
    score,
    `Scripted judge: ${found.length} of ${keywords.length} rubric keywords in the response (found: ${list(found)}; missing: ${list(missing)}).`,
  );
}

function verdict(score: number, reason: string): { text: string } {
  return { text: JSON.stringify({ score, reason }) };
}
