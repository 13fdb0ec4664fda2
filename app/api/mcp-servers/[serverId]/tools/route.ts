import { errorResponse, parseInput } from "@/lib/http";
import { listMcpServerTools } from "@/lib/letta/mcp-servers";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/api/mcp-servers/[serverId]/tools">) {
  try {
    const serverId = parseInput(idSchema, (await params).serverId);
    return Response.json(await listMcpServerTools(serverId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
