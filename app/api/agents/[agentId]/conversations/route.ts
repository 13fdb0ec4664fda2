import { parseInput, route } from "@/lib/http";
import { listConversations } from "@/lib/letta/conversations";
import { idSchema } from "@/lib/ids";

// A read the conversation list refetches after a turn, a fork or a rename.
export const dynamic = "force-dynamic";

export const GET = route(async (_request: Request, context: RouteContext<"/api/agents/[agentId]/conversations">) => {
  const agentId = parseInput(idSchema, (await context.params).agentId);
  return Response.json(await listConversations(agentId));
});
