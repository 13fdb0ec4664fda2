import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { deleteAgent, updateAgent } from "@/lib/letta/agents";
import { updateAgentSchema } from "./schema";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function PATCH(request: Request, context: RouteContext<"/api/agents/[agentId]">) {
  try {
    assertSameOrigin(request);
    const agentId = parseInput(idSchema, (await context.params).agentId);
    const input = parseInput(updateAgentSchema, await readJson(request));
    return Response.json(await updateAgent(agentId, input));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function DELETE(request: Request, context: RouteContext<"/api/agents/[agentId]">) {
  try {
    assertSameOrigin(request);
    const agentId = parseInput(idSchema, (await context.params).agentId);
    await deleteAgent(agentId);
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
