import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { renameConversation } from "@/lib/letta/conversations";
import { conversationIdSchema, renameConversationSchema } from "../schema";

export const dynamic = "force-dynamic";

export async function PATCH(request: Request, context: RouteContext<"/api/agents/[agentId]/conversations/[conversationId]">) {
  try {
    assertSameOrigin(request);
    const conversationId = parseInput(conversationIdSchema, (await context.params).conversationId);
    const { name } = parseInput(renameConversationSchema, await readJson(request));
    return Response.json(await renameConversation(conversationId, name));
  } catch (error) {
    return errorResponse(error);
  }
}
