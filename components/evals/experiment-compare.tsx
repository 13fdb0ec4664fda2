import Link from "next/link";
import type { ExperimentComparison } from "@/lib/evals/compare";
import { formatDateTime } from "@/lib/format";
import { cellClass, linkClass, mutedText, sectionClass, tableClass } from "./styles";

const kindText = { worse: "worse", better: "better", same: "same", only_a: "only in A", only_b: "only in B" } as const;

function Outcome({ side }: { side: ExperimentComparison["changes"][number]["a"] }) {
  if (!side) return <span className={mutedText}>—</span>;
  const failedGrades = side.grades.filter((grade) => !grade.passed);
  return (
    <div className="space-y-1">
      <span className="font-medium">{side.status}</span>
      {side.score !== null ? <span className={`text-xs ${mutedText}`}> (score {side.score.toFixed(2)})</span> : null}
      {side.reply !== null ? <p className="text-xs whitespace-pre-wrap break-words">{side.reply}</p> : null}
      {side.error ? <p className="text-xs whitespace-pre-wrap break-words">{side.error}</p> : null}
      {failedGrades.map((grade) => (
        <p key={grade.graderId} className="text-xs text-red-700 dark:text-red-400">
          {grade.reason}
        </p>
      ))}
    </div>
  );
}

/** Two experiments of one dataset case by case, regressions first. */
export function ExperimentCompare({
  a,
  b,
  comparison,
  agentNames,
}: {
  a: { id: string; createdAt: string };
  b: { id: string; createdAt: string };
  comparison: ExperimentComparison;
  agentNames: Record<string, string | null>;
}) {
  const agentPairs = [
    ...new Map(comparison.changes.map((change) => [`${change.agentA}:${change.agentB}`, change])).values(),
  ];
  const name = (id: string) => agentNames[id] ?? id;
  return (
    <div className="space-y-4">
      <section aria-labelledby="compare-summary-heading" className={sectionClass}>
        <h2 id="compare-summary-heading" className="text-base font-semibold">
          <Link className={linkClass} href={`/evals/experiments/${a.id}`}>
            A: {formatDateTime(a.createdAt)}
          </Link>{" "}
          against{" "}
          <Link className={linkClass} href={`/evals/experiments/${b.id}`}>
            B: {formatDateTime(b.createdAt)}
          </Link>
        </h2>
        <p role="status" aria-label="Regressions" className="text-sm font-medium">
          {comparison.headline}
        </p>
        <ul className="text-sm">
          {agentPairs
            .filter((pair) => pair.agentA !== pair.agentB)
            .map((pair) => (
              <li key={`${pair.agentA}:${pair.agentB}`}>
                <Link className={linkClass} href={`/compare?a=${pair.agentA}&b=${pair.agentB}`}>
                  Compare {name(pair.agentA)} with {name(pair.agentB)}
                </Link>
              </li>
            ))}
        </ul>
      </section>
      <div className="overflow-x-auto">
        <table className={tableClass} aria-label="Cases compared">
          <thead>
            <tr>
              <th className={cellClass}>Case</th>
              <th className={cellClass}>Change</th>
              <th className={cellClass}>A</th>
              <th className={cellClass}>B</th>
            </tr>
          </thead>
          <tbody>
            {comparison.changes.map((change) => (
              <tr
                key={`${change.agentA}:${change.caseId}`}
                aria-label={`Case ${change.caseId}: ${kindText[change.kind]}`}
              >
                <td className={`${cellClass} font-mono text-xs`}>
                  {change.caseId}
                  {change.agentA !== change.agentB ? (
                    <span className={`block ${mutedText}`}>
                      {name(change.agentA)} → {name(change.agentB)}
                    </span>
                  ) : null}
                </td>
                <td className={cellClass}>{kindText[change.kind]}</td>
                <td className={cellClass}>
                  <Outcome side={change.a} />
                </td>
                <td className={cellClass}>
                  <Outcome side={change.b} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
