import { assertSameOrigin, errorResponse, parseInput } from "@/lib/http";
import { deletePassage } from "@/lib/letta/archival";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function DELETE(request: Request, { params }: RouteContext<"/api/agents/[agentId]/passages/[passageId]">) {
  try {
    assertSameOrigin(request);
    const { agentId, passageId } = await params;
    await deletePassage(parseInput(idSchema, agentId), parseInput(idSchema, passageId));
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
