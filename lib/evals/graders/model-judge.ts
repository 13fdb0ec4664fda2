import type { CaseTrace, EvalCase, Grade, GraderSpec } from "@/lib/evals/types";
import { errored, scored, verdict } from "./grade";
import { targetText } from "./target";
import { quote } from "./text-match";

type ModelJudgeSpec = Extract<GraderSpec, { kind: "model_judge" }>;

/** What a judge is asked: a system prompt, the message holding rubric and response, and the model to use. */
export interface JudgePrompt {
  system: string;
  message: string;
  /** A model handle the server offers; the judge's default (the agent's own model) when absent. */
  model?: string;
}

/** Sends a prompt to a model and returns its answer as text (lib/letta/eval-judge.ts: a temporary Letta agent). */
export type Judge = (prompt: JudgePrompt) => Promise<string>;

export const JUDGE_SYSTEM_PROMPT = [
  "You are an evaluation judge. You grade one response against a rubric.",
  "Do not call any tools and do not greet. Answer with only a JSON object, no code fence and nothing else:",
  '{"score": <a number from 0 to 1>, "reason": "<one or two sentences saying why>"}',
].join("\n");

/** Placeholders a rubric may use (letta-evals' names): replaced before the rubric is sent. */
const PLACEHOLDER = /\{(input|submission|ground_truth)\}/g;

/**
 * The judge's message: the rubric, the case's input, its expected answer and the response in tagged sections
 * (the scripted model server recognises a judge prompt by the `<rubric>` and `<response>` sections).
 */
export function buildJudgeMessage(rubric: string, evalCase: EvalCase, response: string): string {
  const input =
    evalCase.input.length === 1
      ? (evalCase.input[0] ?? "")
      : evalCase.input.map((message, index) => `Turn ${index + 1}: ${message}`).join("\n");
  const values: Record<string, string> = { input, submission: response, ground_truth: evalCase.expected ?? "" };
  const filled = rubric.replace(PLACEHOLDER, (_, name: string) => values[name] ?? "");
  return [
    "Grade the response below against the rubric.",
    `<rubric>\n${filled}\n</rubric>`,
    `<input>\n${input}\n</input>`,
    ...(evalCase.expected !== undefined ? [`<expected>\n${evalCase.expected}\n</expected>`] : []),
    `<response>\n${response}\n</response>`,
    'Answer with only the JSON object {"score": number, "reason": string}.',
  ].join("\n\n");
}

export type JudgeAnswer = { ok: true; score: number; reason: string } | { ok: false; error: string };

/** The judge's answer read strictly: one JSON object (a ```json fence around it is tolerated). */
export function parseJudgeAnswer(text: string): JudgeAnswer {
  const trimmed = text.trim();
  const fenced = /^```(?:json)?\s*\n([\s\S]*?)\n?```$/i.exec(trimmed);
  const body = fenced?.[1] ?? trimmed;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, error: `The judge did not answer JSON: ${quote(trimmed || "(nothing)")}.` };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return { ok: false, error: `The judge's answer is not a JSON object: ${quote(trimmed)}.` };
  }
  const { score, reason } = parsed as Record<string, unknown>;
  if (typeof score !== "number" || !Number.isFinite(score) || score < 0 || score > 1) {
    return { ok: false, error: `The judge's score is not a number from 0 to 1: ${quote(trimmed)}.` };
  }
  if (typeof reason !== "string" || reason.trim() === "") {
    return { ok: false, error: `The judge gave no reason: ${quote(trimmed)}.` };
  }
  return { ok: true, score, reason: reason.trim() };
}

export async function gradeModelJudge(
  spec: ModelJudgeSpec,
  evalCase: EvalCase,
  trace: CaseTrace,
  judge: Judge | null,
): Promise<Grade> {
  const target = targetText(trace, spec.target);
  if (!target.ok) return verdict(spec, false, `${target.reason} Nothing to judge.`);
  if (target.text.trim() === "") return verdict(spec, false, "The response is empty. Nothing to judge.");
  if (!judge) return errored(spec, "No judge is available to grade this rubric.");
  let answer: string;
  try {
    answer = await judge({
      system: JUDGE_SYSTEM_PROMPT,
      message: buildJudgeMessage(spec.rubric, evalCase, target.text),
      ...(spec.model ? { model: spec.model } : {}),
    });
  } catch (error) {
    return errored(spec, `The judge failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = parseJudgeAnswer(answer);
  if (!parsed.ok) return errored(spec, parsed.error);
  return scored(spec, parsed.score, `Judge: ${parsed.score.toFixed(2)}. ${parsed.reason}`);
}
