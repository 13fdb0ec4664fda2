import "server-only";
import { dehydrate, QueryClient, type DehydratedState } from "@tanstack/react-query";
import { conversationsQuery } from "@/lib/chat/queries";
import { agentBlocksQuery } from "@/lib/memory/queries";
import { agentModelStatusQuery } from "@/lib/providers/queries";
import { settingsQuery } from "@/lib/settings/queries";
import { sleeptimeActivityQuery, sleeptimeSettingsQuery } from "@/lib/sleeptime/queries";
import { agentToolsQuery } from "@/lib/tools/queries";
import { getAgentSettings } from "@/lib/letta/agent-settings";
import { getAgentTools } from "@/lib/letta/agent-tools";
import { listAgentBlocks } from "@/lib/letta/blocks";
import { listConversations } from "@/lib/letta/conversations";
import { agentModelStatus } from "@/lib/letta/model-catalog";
import { getSleeptimeSettings, noSleeptimeActivity } from "@/lib/letta/sleeptime";

/**
 * The agent page's first data, loaded on the server with the same `queryOptions` factories the client
 * hooks use (same keys and options; the server reads through `lib/letta` instead of the route
 * handlers), all at once, and handed to the browser's query cache with `HydrationBoundary`. A read that
 * fails is left out: the browser asks again and shows the reason where the data would be.
 */
export async function prefetchAgentPage(agentId: string): Promise<DehydratedState> {
  const queryClient = new QueryClient();
  await Promise.all([
    queryClient.prefetchQuery({ ...agentBlocksQuery(agentId), queryFn: () => listAgentBlocks(agentId) }),
    queryClient.prefetchQuery({ ...settingsQuery(agentId), queryFn: () => getAgentSettings(agentId) }),
    queryClient.prefetchQuery({ ...agentToolsQuery(agentId), queryFn: () => getAgentTools(agentId) }),
    queryClient.prefetchQuery({ ...sleeptimeSettingsQuery(agentId), queryFn: () => getSleeptimeSettings(agentId) }),
    queryClient.prefetchQuery({ ...conversationsQuery(agentId), queryFn: () => listConversations(agentId) }),
    // Shares the render's agent and model lists (lib/letta/page-reads.ts) with the panels.
    queryClient.prefetchQuery({ ...agentModelStatusQuery(agentId), queryFn: () => agentModelStatus(agentId) }),
    // Without a sleep-time agent there is no activity to read: the panels and the page's notices know it at once.
    noSleeptimeActivity(agentId).then(
      (none) => none && queryClient.setQueryData(sleeptimeActivityQuery(agentId).queryKey, none),
      () => undefined,
    ),
  ]);
  return dehydrate(queryClient);
}
