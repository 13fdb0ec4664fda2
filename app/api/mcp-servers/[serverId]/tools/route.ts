import { parseInput, route } from "@/lib/http";
import { listMcpServerTools } from "@/lib/letta/mcp-servers";
import { idSchema } from "@/lib/ids";

// A read the MCP page refetches after a refresh.
export const dynamic = "force-dynamic";

export const GET = route(async (_request: Request, { params }: RouteContext<"/api/mcp-servers/[serverId]/tools">) => {
  const serverId = parseInput(idSchema, (await params).serverId);
  return Response.json(await listMcpServerTools(serverId), { headers: { "Cache-Control": "no-store" } });
});
