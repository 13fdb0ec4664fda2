import { assertSameOrigin, errorResponse, parseInput } from "@/lib/http";
import { detachArchive } from "@/lib/letta/archival";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function DELETE(
  request: Request,
  { params }: RouteContext<"/api/agents/[agentId]/passages/archives/[archiveId]">,
) {
  try {
    assertSameOrigin(request);
    const { agentId, archiveId } = await params;
    await detachArchive(parseInput(idSchema, agentId), parseInput(idSchema, archiveId));
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
