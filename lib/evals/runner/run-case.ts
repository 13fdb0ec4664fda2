import "server-only";
import { AppError } from "@/lib/errors";
import type { LettaConnection } from "@/lib/letta/connection";
import {
  cancelEvalTurn,
  copyAgentForCase,
  deleteEvalCopy,
  evalJudge,
  readBlocksAfterSleeptime,
  readEvalBlocks,
  readEvalTrace,
  sendEvalTurn,
  setStartingMemory,
} from "@/lib/letta/evals";
import { gradeCase } from "../graders";
import type { CaseResult, CaseTrace, EvalCase, Experiment, TokenUsage } from "../types";

export interface CaseJob {
  connection: LettaConnection;
  experiment: Experiment;
  evalCase: EvalCase;
  agentId: string;
  signal: AbortSignal;
  /** Called as soon as the copy exists, so a restarted runner can find (and delete) it. */
  onCopy: (copyAgentId: string) => Promise<void>;
  turnTimeoutMs: number;
  sleeptimeTimeoutMs: number;
  /** Keep the copy of a case that failed or errored (the ADE's default; the command line deletes it unless asked). */
  keepFailedCopy?: boolean;
}

export type CaseOutcome = Omit<CaseResult, "experimentId" | "caseId" | "agentId" | "startedAt">;

function copyName(experimentId: string, caseId: string): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9_-]/g, "-").slice(0, 60);
  return `eval-${safe(experimentId).slice(-8)}-${safe(caseId)}`;
}

function describe(error: unknown): string {
  if (error instanceof AppError) return error.hint ? `${error.message} ${error.hint}` : error.message;
  return error instanceof Error ? error.message : String(error);
}

/** Runs one case on a fresh copy of the agent: starting memory, turns, trace, blocks, grades; then the copy goes (or stays). */
export async function runCase(job: CaseJob): Promise<CaseOutcome> {
  const { connection, experiment, evalCase, signal } = job;
  const graders = experiment.dataset.graders;
  let copyAgentId: string | null = null;
  const runIds: string[] = [];
  const usage: TokenUsage = { prompt: 0, completion: 0, total: 0 };
  let latencyMs: number | null = null;
  let outcome: CaseOutcome;
  try {
    copyAgentId = await copyAgentForCase(connection, job.agentId, {
      name: copyName(experiment.id, evalCase.id),
      experimentId: experiment.id,
      caseId: evalCase.id,
      signal,
    });
    await job.onCopy(copyAgentId);
    if (evalCase.startingMemory && Object.keys(evalCase.startingMemory).length > 0)
      await setStartingMemory(connection, copyAgentId, evalCase.startingMemory);
    const firstTurnAt = new Date().toISOString();
    const started = performance.now();
    for (const text of evalCase.input) {
      if (signal.aborted) throw new AppError("aborted", "The case was cancelled.", "");
      const turn = await sendEvalTurn(connection, copyAgentId, text, { signal, timeoutMs: job.turnTimeoutMs });
      runIds.push(...turn.runIds);
      usage.prompt += turn.usage.prompt;
      usage.completion += turn.usage.completion;
      usage.total += turn.usage.total;
      if (turn.stopReason !== "end_turn")
        throw new AppError(
          "server_error",
          `The turn stopped with "${turn.stopReason}".`,
          "Open the copy's run to see why.",
        );
    }
    latencyMs = Math.round(performance.now() - started);
    const messages = await readEvalTrace(connection, copyAgentId, runIds);
    const blocks = await readEvalBlocks(connection, copyAgentId);
    const needsSleeptime = graders.some((grader) => grader.kind === "memory" && grader.afterSleeptime);
    const blocksAfterSleeptime = needsSleeptime
      ? await readBlocksAfterSleeptime(connection, copyAgentId, {
          since: firstTurnAt,
          timeoutMs: job.sleeptimeTimeoutMs,
          signal,
        })
      : null;
    const trace: CaseTrace = { messages, blocks, blocksAfterSleeptime };
    const judge = graders.some((grader) => grader.kind === "model_judge")
      ? await evalJudge(connection, copyAgentId)
      : null;
    const grading = await gradeCase(graders, evalCase, trace, judge);
    const reply = messages.flatMap((message) => (message.type === "assistant" ? [message.text] : [])).at(-1) ?? null;
    outcome = {
      copyAgentId,
      copyKept: false,
      status: grading.errored ? "errored" : grading.passed ? "passed" : "failed",
      reply,
      trace,
      grades: grading.grades,
      score: grading.score,
      usage,
      latencyMs,
      runIds,
      error: grading.errored ? "A grader could not grade: see its reason." : null,
      finishedAt: null,
    };
  } catch (error) {
    const cancelled = signal.aborted;
    if (cancelled && copyAgentId) await cancelEvalTurn(connection, copyAgentId).catch(() => undefined);
    outcome = {
      copyAgentId,
      copyKept: false,
      status: cancelled ? "cancelled" : "errored",
      reply: null,
      trace: null,
      grades: [],
      score: null,
      usage: usage.total > 0 ? usage : null,
      latencyMs,
      runIds,
      error: cancelled ? "Cancelled." : describe(error),
      finishedAt: null,
    };
  }
  const keepFailed = job.keepFailedCopy ?? true;
  const keep =
    outcome.status === "cancelled" ? false : experiment.keepCopies || (keepFailed && outcome.status !== "passed");
  if (copyAgentId && !keep) {
    try {
      await deleteEvalCopy(connection, copyAgentId);
    } catch (error) {
      return {
        ...outcome,
        copyKept: true,
        error: `${outcome.error ?? ""} The copy could not be deleted: ${describe(error)}`.trim(),
        finishedAt: new Date().toISOString(),
      };
    }
  }
  return { ...outcome, copyKept: Boolean(copyAgentId) && keep, finishedAt: new Date().toISOString() };
}
