import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { createMcpServer, listMcpServers } from "@/lib/letta/mcp-servers";
import { mcpServerInputSchema } from "@/lib/tools/mcp";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    return Response.json(await listMcpServers(), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const body = parseInput(mcpServerInputSchema, await readJson(request));
    return Response.json(await createMcpServer(body), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
