import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { LazyAgentCodePanel as AgentCodePanel } from "@/components/agent-code/agent-code-panel-lazy";
import { CompareWithLink } from "@/components/compare/compare-with-link";
import { AgentFileActions } from "@/components/agent-files/agent-file-actions";
import { AgentHeader } from "@/components/agents/agent-header";
import { AgentPanels } from "@/components/agents/agent-panels";
import { ChatPane } from "@/components/chat/chat-pane";
import { ErrorPanel } from "@/components/error-panel";
import { LazyAgentFilesPanel as AgentFilesPanel } from "@/components/folders/agent-files-panel-lazy";
import { LazyRequestPreview as RequestPreview } from "@/components/inspector/request-preview-lazy";
import { RunsLink } from "@/components/inspector/runs-link";
import { MemoryPanel } from "@/components/memory/memory-panel";
import { ModelAvailabilityBanner } from "@/components/providers/model-availability-banner";
import { SettingsPanel } from "@/components/settings/settings-panel";
import { SettingsTabLabel } from "@/components/settings/settings-tab-label";
import { ToolsPanel } from "@/components/tools/tools-panel";
import { SleeptimePanel } from "@/components/sleeptime/sleeptime-panel";
import { SleeptimeWatch } from "@/components/sleeptime/sleeptime-watch";
import { AgentWorkspace } from "@/components/workspace/agent-workspace";
import { RememberAgent } from "@/components/workspace/remember-agent";
import { AppError, type AppErrorCode } from "@/lib/errors";
import { idParam } from "@/lib/page-params";
import { getAgent, type AgentDetail } from "@/lib/letta/agents";
import { parseLayoutCookie, WORKSPACE_LAYOUT_COOKIE } from "@/lib/workspace/layout";
import { prefetchAgentPage } from "./prefetch";

export const dynamic = "force-dynamic";

const connectionFailures = new Set<AppErrorCode>(["unreachable", "unauthorized"]);

export async function generateMetadata(props: PageProps<"/agents/[agentId]">): Promise<Metadata> {
  const { agentId } = await props.params;
  return { title: `Agent ${agentId}` };
}

export default async function AgentPage(props: PageProps<"/agents/[agentId]">) {
  const agentId = idParam((await props.params).agentId);
  const { conversation } = await props.searchParams;
  let agent: AgentDetail;
  // The panels' first data loads alongside the agent, on the server (see prefetch.ts).
  const prefetched = prefetchAgentPage(agentId);
  try {
    agent = await getAgent(agentId);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    // An outage or refused credentials: the error page (error.tsx) says why, and retries once Letta answers.
    if (error instanceof AppError && !connectionFailures.has(error.code))
      return <ErrorPanel title="Could not load the agent" error={error.toJSON()} />;
    throw error;
  }
  const savedLayout = parseLayoutCookie((await cookies()).get(WORKSPACE_LAYOUT_COOKIE)?.value);

  return (
    <HydrationBoundary state={await prefetched}>
      <AgentWorkspace
        savedLayout={savedLayout}
        header={
          <>
            <RememberAgent id={agent.id} name={agent.name} />
            <AgentHeader
              key={`${agent.name}\n${agent.description ?? ""}\n${agent.tags.join(",")}`}
              agent={{ id: agent.id, name: agent.name, description: agent.description, tags: agent.tags }}
              sleeptimeAgentName={agent.sleeptimeAgent ? (agent.sleeptimeAgent.name ?? "") : null}
              actions={
                <>
                  <RunsLink agentId={agent.id} />
                  <CompareWithLink agentId={agent.id} />
                  <AgentFileActions agentId={agent.id} agentName={agent.name} />
                </>
              }
            />
          </>
        }
        notices={
          <>
            <ModelAvailabilityBanner agentId={agent.id} agentName={agent.name} />
            <SleeptimeWatch agentId={agent.id} />
          </>
        }
        agent={
          <AgentPanels
            panels={[
              {
                id: "settings",
                label: "Settings",
                tabLabel: <SettingsTabLabel agentId={agent.id} />,
                content: <SettingsPanel agentId={agent.id} />,
              },
              { id: "tools", label: "Tools", content: <ToolsPanel agentId={agent.id} /> },
              { id: "sleeptime", label: "Sleep-time", content: <SleeptimePanel agentId={agent.id} /> },
              { id: "files", label: "Files", content: <AgentFilesPanel agentId={agent.id} /> },
              { id: "next-request", label: "Next request", content: <RequestPreview agentId={agent.id} /> },
              { id: "code", label: "Code", content: <AgentCodePanel agentId={agent.id} /> },
            ]}
          />
        }
        chat={
          <ChatPane
            agentId={agent.id}
            conversationId={typeof conversation === "string" && conversation ? conversation : null}
          />
        }
        memory={<MemoryPanel agentId={agent.id} />}
      />
    </HydrationBoundary>
  );
}
