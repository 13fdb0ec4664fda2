import { assertSameOrigin, errorResponse, parseInput } from "@/lib/http";
import { deleteMcpServer } from "@/lib/letta/mcp-servers";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function DELETE(request: Request, { params }: RouteContext<"/api/mcp-servers/[serverId]">) {
  try {
    assertSameOrigin(request);
    await deleteMcpServer(parseInput(idSchema, (await params).serverId));
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
