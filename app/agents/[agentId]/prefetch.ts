import "server-only";
import { dehydrate, QueryClient, type DehydratedState } from "@tanstack/react-query";
import { conversationsQuery } from "@/lib/chat/queries";
import { agentBlocksQuery } from "@/lib/memory/queries";
import { settingsQuery } from "@/lib/settings/queries";
import { sleeptimeSettingsQuery } from "@/lib/sleeptime/queries";
import { agentToolsQuery } from "@/lib/tools/queries";
import { getAgentSettings } from "@/lib/letta/agent-settings";
import { getAgentTools } from "@/lib/letta/agent-tools";
import { listAgentBlocks } from "@/lib/letta/blocks";
import { listConversations } from "@/lib/letta/conversations";
import { getSleeptimeSettings } from "@/lib/letta/sleeptime";

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
  ]);
  return dehydrate(queryClient);
}
