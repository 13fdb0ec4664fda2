import { lettaIdSchema } from "@/app/api/blocks/schema";
import { assertSameOrigin, errorResponse, parseInput } from "@/lib/http";
import { detachBlock } from "@/lib/letta/blocks";

export const dynamic = "force-dynamic";

/** Detaches the block from the agent (the block itself stays on the server). */
export async function DELETE(request: Request, { params }: RouteContext<"/api/agents/[agentId]/blocks/[blockId]">) {
  try {
    assertSameOrigin(request);
    const { agentId, blockId } = await params;
    await detachBlock(parseInput(lettaIdSchema, agentId), parseInput(lettaIdSchema, blockId));
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
