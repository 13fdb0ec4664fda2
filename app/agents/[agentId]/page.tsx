import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AgentFileActions } from "@/components/agent-files/agent-file-actions";
import { AgentHeader } from "@/components/agents/agent-header";
import { AgentPanels } from "@/components/agents/agent-panels";
import { ChatPane } from "@/components/chat/chat-pane";
import { ErrorPanel } from "@/components/error-panel";
import { MemoryPanel } from "@/components/memory/memory-panel";
import { SettingsPanel } from "@/components/settings/settings-panel";
import { SettingsTabLabel } from "@/components/settings/settings-tab-label";
import { ToolsPanel } from "@/components/tools/tools-panel";
import { SleeptimePanel } from "@/components/sleeptime/sleeptime-panel";
import { SleeptimeWatch } from "@/components/sleeptime/sleeptime-watch";
import { AppError } from "@/lib/errors";
import { getAgent, type AgentDetail } from "@/lib/letta/agents";
import { prefetchAgentPage } from "./prefetch";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: PageProps<"/agents/[agentId]">): Promise<Metadata> {
  const { agentId } = await props.params;
  return { title: `Agent ${agentId}` };
}

export default async function AgentPage(props: PageProps<"/agents/[agentId]">) {
  const { agentId } = await props.params;
  const { conversation } = await props.searchParams;
  let agent: AgentDetail;
  // The panels' first data loads alongside the agent, on the server (see prefetch.ts).
  const prefetched = prefetchAgentPage(agentId);
  try {
    agent = await getAgent(agentId);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    if (error instanceof AppError) return <ErrorPanel title="Could not load the agent" error={error.toJSON()} />;
    throw error;
  }

  return (
    <HydrationBoundary state={await prefetched}>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-labelledby="agent-name" className="min-w-0 space-y-4">
          <AgentHeader
            key={`${agent.name}\n${agent.description ?? ""}\n${agent.tags.join(",")}`}
            agent={{ id: agent.id, name: agent.name, description: agent.description, tags: agent.tags }}
            sleeptimeAgentName={agent.sleeptimeAgent ? (agent.sleeptimeAgent.name ?? "") : null}
            actions={<AgentFileActions agentId={agent.id} agentName={agent.name} />}
          />
          <ChatPane
            agentId={agent.id}
            conversationId={typeof conversation === "string" && conversation ? conversation : null}
          />
        </section>
        <aside aria-label="Agent details" className="space-y-2 text-sm">
          <SleeptimeWatch agentId={agent.id} />
          <AgentPanels
            panels={[
              { id: "memory", label: "Memory", content: <MemoryPanel agentId={agent.id} /> },
              {
                id: "settings",
                label: "Settings",
                tabLabel: <SettingsTabLabel agentId={agent.id} />,
                content: <SettingsPanel agentId={agent.id} />,
              },
              { id: "tools", label: "Tools", content: <ToolsPanel agentId={agent.id} /> },
              { id: "sleeptime", label: "Sleep-time", content: <SleeptimePanel agentId={agent.id} /> },
            ]}
          />
        </aside>
      </div>
    </HydrationBoundary>
  );
}
