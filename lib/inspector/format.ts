import type { TokenUsage } from "./types";

export function formatDuration(ms: number | null): string {
  if (ms === null) return "not recorded";
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** The chat's wording of a turn's usage, the same for a streamed turn and one loaded from history. */
export function describeUsage(steps: number, usage: Pick<TokenUsage, "promptTokens" | "completionTokens">): string {
  return `${steps} step${steps === 1 ? "" : "s"}, ${usage.promptTokens} prompt + ${usage.completionTokens} completion tokens`;
}

export function runHref(agentId: string, runId: string): string {
  return `/agents/${encodeURIComponent(agentId)}/runs/${encodeURIComponent(runId)}`;
}
