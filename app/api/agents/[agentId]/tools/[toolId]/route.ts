import { assertSameOrigin, errorResponse, parseInput } from "@/lib/http";
import { detachTool } from "@/lib/letta/agent-tools";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

/** Detaches the tool from the agent (the tool stays in the library). */
export async function DELETE(request: Request, { params }: RouteContext<"/api/agents/[agentId]/tools/[toolId]">) {
  try {
    assertSameOrigin(request);
    const { agentId, toolId } = await params;
    await detachTool(parseInput(idSchema, agentId), parseInput(idSchema, toolId));
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
