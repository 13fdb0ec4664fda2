import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import type { ExperimentRow } from "@/lib/evals/rows";
export type { ExperimentRow };
import { cellClass, formatPercent, linkClass, mutedText, tableClass } from "./styles";

/** Experiments, newest first, with each agent's pass rate. */
export function ExperimentList({ experiments }: { experiments: ExperimentRow[] }) {
  if (experiments.length === 0) return <p className={`text-sm ${mutedText}`}>No experiments yet.</p>;
  return (
    <table className={tableClass}>
      <thead>
        <tr>
          <th className={cellClass}>Experiment</th>
          <th className={cellClass}>Dataset</th>
          <th className={cellClass}>Status</th>
          <th className={cellClass}>Pass rate per agent</th>
        </tr>
      </thead>
      <tbody>
        {experiments.map((experiment) => (
          <tr key={experiment.id}>
            <td className={cellClass}>
              <Link className={linkClass} href={`/evals/experiments/${experiment.id}`}>
                {formatDateTime(experiment.createdAt)}
              </Link>
            </td>
            <td className={cellClass}>{experiment.datasetName}</td>
            <td className={cellClass}>{experiment.status}</td>
            <td className={cellClass}>
              <ul>
                {experiment.agents.map((agent) => (
                  <li key={agent.id}>
                    {agent.name ?? <span className="font-mono text-xs">{agent.id}</span>}:{" "}
                    {formatPercent(agent.passRate)} ({agent.finished}/{agent.cases} run)
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
