import { CloneAgent } from "./clone-agent";
import { ExportAgentFile } from "./export-agent-file";

/** The agent page's agent-file actions: download it as a file, or make a separate copy. */
export function AgentFileActions({ agentId, agentName }: { agentId: string; agentName: string }) {
  return (
    <section aria-label="Agent file" className="flex flex-wrap items-start gap-4">
      <ExportAgentFile agentId={agentId} />
      <CloneAgent agentId={agentId} agentName={agentName} />
    </section>
  );
}
