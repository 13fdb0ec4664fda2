import { assertSameOrigin, errorResponse, parseInput } from "@/lib/http";
import { resetMessages } from "@/lib/letta/messages";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function POST(request: Request, context: RouteContext<"/api/agents/[agentId]/messages/reset">) {
  try {
    assertSameOrigin(request);
    const agentId = parseInput(idSchema, (await context.params).agentId);
    await resetMessages(agentId);
    return Response.json({ reset: true });
  } catch (error) {
    return errorResponse(error);
  }
}
