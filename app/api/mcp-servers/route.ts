import { route } from "@/lib/http";
import { listMcpServers } from "@/lib/letta/mcp-servers";

// A read the MCP page refetches after adding or deleting a server.
export const dynamic = "force-dynamic";

export const GET = route(async () => {
  return Response.json(await listMcpServers(), { headers: { "Cache-Control": "no-store" } });
});
