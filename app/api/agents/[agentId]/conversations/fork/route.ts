import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { forkConversation } from "@/lib/letta/fork";
import { forkConversationSchema } from "../schema";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

/** A new conversation holding the history up to a message of the agent's history or of a conversation. */
export async function POST(request: Request, context: RouteContext<"/api/agents/[agentId]/conversations/fork">) {
  try {
    assertSameOrigin(request);
    const agentId = parseInput(idSchema, (await context.params).agentId);
    const { conversationId, messageId, name } = parseInput(forkConversationSchema, await readJson(request));
    return Response.json(await forkConversation(agentId, { conversationId: conversationId ?? null, messageId }, name), {
      status: 201,
    });
  } catch (error) {
    return errorResponse(error);
  }
}
