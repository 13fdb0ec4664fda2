"use client";

import Link from "next/link";
import { useAgentWatch } from "./use-agent-watch";

/**
 * Keeps the agent page live (one stream from the ADE's server for the whole tab) and says so when the
 * agent is deleted while the page is open.
 */
export function AgentWatch({ agentId }: { agentId: string }) {
  const watch = useAgentWatch(agentId);
  if (watch.state !== "deleted") return null;
  return (
    <p
      role="alert"
      className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
    >
      {watch.message} Its page no longer updates;{" "}
      <Link href="/agents" className="underline">
        open the agents list
      </Link>
      .
    </p>
  );
}
