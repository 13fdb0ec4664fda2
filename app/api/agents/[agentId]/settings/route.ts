import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { getAgentSettings, updateAgentSettings } from "@/lib/letta/agent-settings";
import { settingsPatchSchema } from "./schema";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: RouteContext<"/api/agents/[agentId]/settings">) {
  try {
    const agentId = parseInput(idSchema, (await context.params).agentId);
    return Response.json(await getAgentSettings(agentId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function PATCH(request: Request, context: RouteContext<"/api/agents/[agentId]/settings">) {
  try {
    assertSameOrigin(request);
    const agentId = parseInput(idSchema, (await context.params).agentId);
    const patch = parseInput(settingsPatchSchema, await readJson(request));
    return Response.json(await updateAgentSettings(agentId, patch));
  } catch (error) {
    return errorResponse(error);
  }
}
