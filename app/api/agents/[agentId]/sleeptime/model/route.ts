import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { setSleeptimeModel } from "@/lib/letta/sleeptime";
import { sleeptimeModelSchema } from "../schema";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function PATCH(request: Request, context: RouteContext<"/api/agents/[agentId]/sleeptime/model">) {
  try {
    assertSameOrigin(request);
    const agentId = parseInput(idSchema, (await context.params).agentId);
    const { model } = parseInput(sleeptimeModelSchema, await readJson(request));
    return Response.json(await setSleeptimeModel(agentId, model));
  } catch (error) {
    return errorResponse(error);
  }
}
