import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { attachTool, getAgentTools } from "@/lib/letta/agent-tools";
import { attachToolSchema } from "./schema";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/api/agents/[agentId]/tools">) {
  try {
    const agentId = parseInput(idSchema, (await params).agentId);
    return Response.json(await getAgentTools(agentId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request, { params }: RouteContext<"/api/agents/[agentId]/tools">) {
  try {
    assertSameOrigin(request);
    const agentId = parseInput(idSchema, (await params).agentId);
    const { toolId } = parseInput(attachToolSchema, await readJson(request));
    await attachTool(agentId, toolId);
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
