import type { Metadata } from "next";
import { AgentTable } from "@/components/agents/agent-table";
import { ImportAgentFile } from "@/components/agent-files/import-agent-file";
import { ErrorPanel } from "@/components/error-panel";
import { AppError } from "@/lib/errors";
import { listAgents, type AgentPage } from "@/lib/letta/agents";

export const metadata: Metadata = { title: "Agents" };
export const dynamic = "force-dynamic";

export default async function AgentsPage() {
  let firstPage: AgentPage | undefined;
  let error: AppError | undefined;
  try {
    firstPage = await listAgents();
  } catch (caught) {
    if (!(caught instanceof AppError)) throw caught;
    error = caught;
  }

  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Agents</h1>
      <ImportAgentFile />
      {firstPage ? <AgentTable firstPage={firstPage} /> : null}
      {error ? <ErrorPanel title="Could not load agents" error={error.toJSON()} /> : null}
    </div>
  );
}
