import { assertSameOrigin, errorResponse, parseInput } from "@/lib/http";
import { detachBlock } from "@/lib/letta/blocks";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

/** Detaches the block from the agent (the block itself stays on the server). */
export async function DELETE(request: Request, { params }: RouteContext<"/api/agents/[agentId]/blocks/[blockId]">) {
  try {
    assertSameOrigin(request);
    const { agentId, blockId } = await params;
    await detachBlock(parseInput(idSchema, agentId), parseInput(idSchema, blockId));
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
