import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import type { AgentSummary } from "@/lib/agents/types";
import { TagList } from "./tag-list";

const columns = ["Name", "Model", "Type", "Tags", "Blocks", "Tools", "Sleep-time", "Last updated"];

export function AgentTable({ agents }: { agents: AgentSummary[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table className="w-full bg-white text-sm dark:bg-zinc-900">
        <caption className="sr-only">Agents</caption>
        <thead className="bg-zinc-100 text-left text-xs uppercase tracking-wide text-zinc-500 dark:bg-zinc-800">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="whitespace-nowrap px-3 py-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {agents.map((agent) => (
            <tr key={agent.id} className="border-t border-zinc-200 dark:border-zinc-800">
              <td className="px-3 py-2">
                <Link
                  href={`/agents/${agent.id}`}
                  className="font-medium text-blue-700 hover:underline dark:text-blue-400"
                >
                  {agent.name}
                </Link>
              </td>
              <td className="px-3 py-2 font-mono text-xs">{agent.model ?? "—"}</td>
              <td className="px-3 py-2 font-mono text-xs">{agent.agentType}</td>
              <td className="px-3 py-2">
                {agent.tags.length === 0 ? (
                  <span className="text-zinc-400">—</span>
                ) : (
                  <TagList label="Tags" tags={agent.tags} />
                )}
              </td>
              <td className="px-3 py-2 tabular-nums">{agent.blockCount ?? <Pending />}</td>
              <td className="px-3 py-2 tabular-nums">{agent.toolCount ?? <Pending />}</td>
              <td className="px-3 py-2">{agent.sleeptime ? "On" : "Off"}</td>
              <td className="whitespace-nowrap px-3 py-2 text-zinc-600 dark:text-zinc-400">
                {formatDateTime(agent.updatedAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Pending() {
  return (
    <span aria-label="Loading" className="text-zinc-400">
      …
    </span>
  );
}
