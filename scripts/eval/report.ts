// What `npm run eval` prints and writes: the table of cases, a line per agent against the gate, and the result
// files (letta-evals' per-sample rows, one file per agent as letta-evals writes one per model).
import path from "node:path";
import { exportResults } from "@/lib/evals/letta-evals/export-results";
import { summarize } from "@/lib/evals/summary";
import type { CaseResult, Dataset } from "@/lib/evals/types";

const pad = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);

/** One line of text: agent text (a reply, a reason) never carries line breaks or control characters into the table. */
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();

/** Why a case did not pass: its error, or its first failing grade's reason. */
function why(result: CaseResult): string {
  const failing = result.grades.find((grade) => grade.errored) ?? result.grades.find((grade) => !grade.passed);
  if (failing) return oneLine(`${failing.graderId}: ${failing.reason}`);
  return result.error ? oneLine(result.error) : "";
}

export function resultsTable(results: readonly CaseResult[], agentNames: Record<string, string>): string {
  const agentWidth = Math.min(44, Math.max(5, ...results.map((result) => (agentNames[result.agentId] ?? "").length)));
  const caseWidth = Math.min(24, Math.max(4, ...results.map((result) => result.caseId.length)));
  const header = `${pad("case", caseWidth)}  ${pad("agent", agentWidth)}  ${pad("result", 9)}  ${pad("score", 5)}  ${pad("ms", 6)}  why`;
  const rows = results.map((result) => {
    const score = result.score === null ? "-" : result.score.toFixed(2);
    const ms = result.latencyMs === null ? "-" : String(result.latencyMs);
    const agent = agentNames[result.agentId] ?? result.agentId;
    const kept = result.copyKept && result.copyAgentId ? ` (copy kept: ${result.copyAgentId})` : "";
    return `${pad(result.caseId, caseWidth)}  ${pad(agent, agentWidth)}  ${pad(result.status, 9)}  ${pad(score, 5)}  ${pad(ms, 6)}  ${why(result)}${kept}`.trimEnd();
  });
  return [header, ...rows].join("\n");
}

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;

export interface GateVerdict {
  lines: string[];
  belowGate: boolean;
}

/** A line per agent: passed, failed, errored, pass rate against the gate, latency and tokens. */
export function gateVerdict(
  results: readonly CaseResult[],
  dataset: Dataset,
  agentIds: readonly string[],
  agentNames: Record<string, string>,
  gate: number,
): GateVerdict {
  let belowGate = false;
  const lines = agentIds.map((agentId) => {
    const summary = summarize(agentId, results, dataset.graders);
    const below = summary.passRate < gate;
    belowGate ||= below;
    const name = agentNames[agentId];
    const who = name ? `${name} (${agentId})` : agentId;
    const counts = `${summary.passed} passed, ${summary.failed} failed, ${summary.errored} errored of ${summary.cases}`;
    const latency = `latency p50 ${summary.latencyP50Ms ?? "-"} ms, p95 ${summary.latencyP95Ms ?? "-"} ms`;
    return `${who}: ${counts}: ${percent(summary.passRate)} ${below ? "BELOW" : "meets"} the gate of ${percent(gate)}; ${latency}; ${summary.usage.total} tokens`;
  });
  return { lines, belowGate };
}

/** The results file of each agent: `out` itself for one agent, `out` with the agent's id before the extension for several. */
export function resultFiles(out: string, agentIds: readonly string[]): Map<string, string> {
  if (agentIds.length === 1) return new Map(agentIds.map((agentId) => [agentId, out]));
  const extension = path.extname(out);
  const stem = extension ? out.slice(0, -extension.length) : out;
  return new Map(agentIds.map((agentId) => [agentId, `${stem}.${agentId}${extension || ".jsonl"}`]));
}

/** An agent's results as letta-evals' result rows (JSONL), in the dataset's case order. */
export function resultsJsonl(results: readonly CaseResult[], dataset: Dataset, agentId: string): string {
  const order = new Map(dataset.cases.map((evalCase, index) => [evalCase.id, index]));
  const mine = results
    .filter((result) => result.agentId === agentId)
    .sort((a, b) => (order.get(a.caseId) ?? 0) - (order.get(b.caseId) ?? 0));
  return exportResults(mine, dataset).text;
}
