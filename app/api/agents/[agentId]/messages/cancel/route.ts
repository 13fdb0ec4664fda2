import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { cancelRuns } from "@/lib/letta/runs";
import { cancelSchema } from "../schema";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function POST(request: Request, context: RouteContext<"/api/agents/[agentId]/messages/cancel">) {
  try {
    assertSameOrigin(request);
    const agentId = parseInput(idSchema, (await context.params).agentId);
    const { runIds, conversationId } = parseInput(cancelSchema, await readJson(request));
    await cancelRuns(agentId, runIds, conversationId);
    return Response.json({ cancelled: true });
  } catch (error) {
    return errorResponse(error);
  }
}
