import Link from "next/link";
import type { CaseResult, GraderSpec } from "@/lib/evals/types";
import { cellClass, formatMs, linkClass, mutedText, tableClass } from "./styles";
import { ToolCalls } from "./tool-calls";

const statusStyle: Record<CaseResult["status"], string> = {
  pending: "text-zinc-600 dark:text-zinc-400",
  running: "text-blue-700 dark:text-blue-300",
  passed: "text-green-700 dark:text-green-400",
  failed: "text-red-700 dark:text-red-400",
  errored: "text-amber-700 dark:text-amber-400",
  cancelled: "text-zinc-600 dark:text-zinc-400",
};

/** Every case of an experiment: reply, tool calls, grades with reasons, tokens, latency and the copy's runs (linked to the
 * inspector while the copy is kept). Agent text stays text. */
export function CaseResults({
  results,
  graders,
  agentNames,
}: {
  results: CaseResult[];
  graders: GraderSpec[];
  agentNames: Record<string, string | null>;
}) {
  const graderName = new Map(graders.map((grader) => [grader.id, grader.name]));
  return (
    <table className={tableClass} aria-label="Case results">
      <thead>
        <tr>
          <th className={cellClass}>Case</th>
          <th className={cellClass}>Agent</th>
          <th className={cellClass}>Result</th>
          <th className={cellClass}>Reply</th>
          <th className={cellClass}>Tool calls</th>
          <th className={cellClass}>Grades</th>
          <th className={cellClass}>Tokens</th>
          <th className={cellClass}>Latency</th>
          <th className={cellClass}>Runs</th>
        </tr>
      </thead>
      <tbody>
        {results.map((result) => (
          <tr
            key={`${result.agentId}:${result.caseId}`}
            aria-label={`Case ${result.caseId} on ${agentNames[result.agentId] ?? result.agentId}`}
          >
            <td className={`${cellClass} font-mono text-xs`}>{result.caseId}</td>
            <td className={cellClass}>{agentNames[result.agentId] ?? result.agentId}</td>
            <td className={cellClass}>
              <span className={`font-medium ${statusStyle[result.status]}`}>{result.status}</span>
              {result.score !== null ? (
                <span className={`block text-xs ${mutedText}`}>score {result.score.toFixed(2)}</span>
              ) : null}
              {result.error ? (
                <span className="block text-xs whitespace-pre-wrap break-words">{result.error}</span>
              ) : null}
            </td>
            <td className={`${cellClass} max-w-xs whitespace-pre-wrap break-words`}>{result.reply ?? "—"}</td>
            <td className={cellClass}>
              <ToolCalls trace={result.trace} />
            </td>
            <td className={cellClass}>
              <ul className="space-y-1">
                {result.grades.map((grade) => (
                  <li key={grade.graderId} className="text-xs">
                    <span
                      className={grade.passed ? "text-green-700 dark:text-green-400" : "text-red-700 dark:text-red-400"}
                    >
                      {grade.passed ? "pass" : "fail"}
                    </span>{" "}
                    <span className="font-medium">{graderName.get(grade.graderId) ?? grade.graderId}</span> (
                    {grade.score.toFixed(2)}): <span className="whitespace-pre-wrap break-words">{grade.reason}</span>
                  </li>
                ))}
              </ul>
            </td>
            <td className={cellClass}>{result.usage ? result.usage.total : "—"}</td>
            <td className={cellClass}>{formatMs(result.latencyMs)}</td>
            <td className={cellClass}>
              {result.runIds.length > 0 ? (
                <ul>
                  {result.runIds.map((runId, index) => (
                    <li key={runId}>
                      {result.copyAgentId && result.copyKept ? (
                        <Link className={linkClass} href={`/agents/${result.copyAgentId}/runs/${runId}`}>
                          Run {index + 1}
                          <span className="sr-only"> of case {result.caseId}</span>
                        </Link>
                      ) : (
                        <span className="font-mono text-xs" title="The copy was deleted with its runs">
                          {runId}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              ) : (
                "—"
              )}
              {result.copyAgentId ? (
                <span className={`block text-xs ${mutedText}`}>{result.copyKept ? "copy kept" : "copy deleted"}</span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
