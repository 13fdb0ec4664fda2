import type { CaseResult } from "./types";

/** A case's result before it runs: what an experiment starts with, for each agent and case. */
export function pendingResult(experimentId: string, caseId: string, agentId: string): CaseResult {
  return {
    experimentId,
    caseId,
    agentId,
    copyAgentId: null,
    copyKept: false,
    status: "pending",
    reply: null,
    trace: null,
    grades: [],
    score: null,
    usage: null,
    latencyMs: null,
    runIds: [],
    error: null,
    startedAt: null,
    finishedAt: null,
  };
}
