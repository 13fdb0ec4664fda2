import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { getSleeptimeSettings, setSleeptimeEnabled } from "@/lib/letta/sleeptime";
import { sleeptimeToggleSchema } from "./schema";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: RouteContext<"/api/agents/[agentId]/sleeptime">) {
  try {
    const agentId = parseInput(idSchema, (await context.params).agentId);
    return Response.json(await getSleeptimeSettings(agentId));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function PATCH(request: Request, context: RouteContext<"/api/agents/[agentId]/sleeptime">) {
  try {
    assertSameOrigin(request);
    const agentId = parseInput(idSchema, (await context.params).agentId);
    const { enabled } = parseInput(sleeptimeToggleSchema, await readJson(request));
    return Response.json(await setSleeptimeEnabled(agentId, enabled));
  } catch (error) {
    return errorResponse(error);
  }
}
