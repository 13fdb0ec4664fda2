import type { AgentFileSummary as Summary } from "@/lib/agent-files/parse";
import { formatBytes } from "@/lib/agent-files/limits";

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** What the picked file holds, and what the server will not carry over. */
export function AgentFileSummary({
  fileName,
  size,
  summary,
  decodedTwice,
}: {
  fileName: string;
  size: number;
  summary: Summary;
  decodedTwice: boolean;
}) {
  return (
    <div aria-label="Agent file contents" role="group" className="space-y-2 text-sm">
      <p>
        <span className="font-medium">{fileName}</span> <span className="text-zinc-500">({formatBytes(size)})</span>{" "}
        holds {plural(summary.agents.length, "agent")}
        {summary.groupCount > 0 ? ` in ${plural(summary.groupCount, "group")}` : ""}:
      </p>
      <ul className="list-disc space-y-1 pl-5">
        {summary.agents.map((agent) => (
          <li key={agent.fileId}>
            <span className="font-medium">{agent.name}</span>{" "}
            <span className="text-zinc-600 dark:text-zinc-400">
              ({agent.agentType ?? "agent"}, model <code>{agent.model ?? "none"}</code>,{" "}
              {plural(agent.blockCount, "block")}, {plural(agent.toolCount, "tool")},{" "}
              {plural(agent.messageCount, "message")})
            </span>
          </li>
        ))}
      </ul>
      {decodedTwice ? (
        <p className="text-zinc-600 dark:text-zinc-400">
          The file holds its JSON as a string (encoded twice); the ADE decoded it.
        </p>
      ) : null}
      {summary.mcpServerNames.length > 0 ? (
        <p className="text-amber-700 dark:text-amber-400">
          It adds the MCP servers {summary.mcpServerNames.join(", ")} without their credentials: set those up after
          importing.
        </p>
      ) : null}
      {summary.skillCount > 0 ? (
        <p className="text-amber-700 dark:text-amber-400">
          It holds {plural(summary.skillCount, "skill")}, which Letta 0.16.8 does not import.
        </p>
      ) : null}
      {summary.fileCount > 0 ? (
        <p className="text-zinc-600 dark:text-zinc-400">
          Its {plural(summary.fileCount, "file")} are embedded again in the background after importing.
        </p>
      ) : null}
    </div>
  );
}
