import { AppError } from "@/lib/errors";
import { getAgentTools } from "@/lib/letta/agent-tools";
import type { AgentToolsView } from "@/lib/tools/types";
import { LazyAgentTools as AgentTools } from "./agent-tools-lazy";

/** The agent's tools, approvals and tool rules; loads them on the server first. */
export async function ToolsPanel({ agentId }: { agentId: string }) {
  let initial: AgentToolsView | undefined;
  try {
    initial = await getAgentTools(agentId);
  } catch (error) {
    // The client fetches again and shows the reason where the tools would be.
    if (!(error instanceof AppError)) throw error;
  }
  return <AgentTools agentId={agentId} initial={initial} />;
}
