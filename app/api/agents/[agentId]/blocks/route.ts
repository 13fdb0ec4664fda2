import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { attachBlock, createBlockForAgent, listAgentBlocks } from "@/lib/letta/blocks";
import { addBlockSchema } from "./schema";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/api/agents/[agentId]/blocks">) {
  try {
    const agentId = parseInput(idSchema, (await params).agentId);
    return Response.json(await listAgentBlocks(agentId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request, { params }: RouteContext<"/api/agents/[agentId]/blocks">) {
  try {
    assertSameOrigin(request);
    const agentId = parseInput(idSchema, (await params).agentId);
    const body = parseInput(addBlockSchema, await readJson(request));
    if ("blockId" in body) {
      await attachBlock(agentId, body.blockId);
      return new Response(null, { status: 204 });
    }
    return Response.json(await createBlockForAgent(agentId, body), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
