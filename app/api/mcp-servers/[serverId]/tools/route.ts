import { lettaIdSchema } from "@/app/api/blocks/schema";
import { errorResponse, parseInput } from "@/lib/http";
import { listMcpServerTools } from "@/lib/letta/mcp-servers";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/api/mcp-servers/[serverId]/tools">) {
  try {
    const serverId = parseInput(lettaIdSchema, (await params).serverId);
    return Response.json(await listMcpServerTools(serverId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
