import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { createConversation, listConversations } from "@/lib/letta/conversations";
import { createConversationSchema } from "./schema";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: RouteContext<"/api/agents/[agentId]/conversations">) {
  try {
    const agentId = parseInput(idSchema, (await context.params).agentId);
    return Response.json(await listConversations(agentId));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request, context: RouteContext<"/api/agents/[agentId]/conversations">) {
  try {
    assertSameOrigin(request);
    const agentId = parseInput(idSchema, (await context.params).agentId);
    const { name } = parseInput(createConversationSchema, await readJson(request));
    return Response.json(await createConversation(agentId, name), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
