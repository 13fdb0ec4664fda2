import { assertSameOrigin, errorResponse, parseInput } from "@/lib/http";
import { resetMessages } from "@/lib/letta/messages";
import { agentIdSchema } from "../schema";

export const dynamic = "force-dynamic";

export async function POST(request: Request, context: RouteContext<"/api/agents/[agentId]/messages/reset">) {
  try {
    assertSameOrigin(request);
    const agentId = parseInput(agentIdSchema, (await context.params).agentId);
    await resetMessages(agentId);
    return Response.json({ reset: true });
  } catch (error) {
    return errorResponse(error);
  }
}
