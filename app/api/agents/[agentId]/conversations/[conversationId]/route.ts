import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { updateConversation } from "@/lib/letta/conversations";
import { updateConversationSchema } from "../schema";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

/** Renames, archives or restores a conversation. */
export async function PATCH(
  request: Request,
  context: RouteContext<"/api/agents/[agentId]/conversations/[conversationId]">,
) {
  try {
    assertSameOrigin(request);
    const params = await context.params;
    const agentId = parseInput(idSchema, params.agentId);
    const conversationId = parseInput(idSchema, params.conversationId);
    const change = parseInput(updateConversationSchema, await readJson(request));
    return Response.json(await updateConversation(agentId, conversationId, change));
  } catch (error) {
    return errorResponse(error);
  }
}
