import { assertSameOrigin, errorResponse, parseInput } from "@/lib/http";
import { refreshMcpServer } from "@/lib/letta/mcp-servers";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

/** Asks the MCP server for its tools again (new tools appear, removed ones go). */
export async function POST(request: Request, { params }: RouteContext<"/api/mcp-servers/[serverId]/refresh">) {
  try {
    assertSameOrigin(request);
    await refreshMcpServer(parseInput(idSchema, (await params).serverId));
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
