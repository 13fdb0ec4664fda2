import { LazyAgentTools as AgentTools } from "./agent-tools-lazy";

/** The agent's tools, approvals and tool rules; the page prefetches them. */
export function ToolsPanel({ agentId }: { agentId: string }) {
  return <AgentTools agentId={agentId} />;
}
