import { errorResponse, parseInput } from "@/lib/http";
import { listSleeptimeActivity } from "@/lib/letta/sleeptime";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: RouteContext<"/api/agents/[agentId]/sleeptime/runs">) {
  try {
    const agentId = parseInput(idSchema, (await context.params).agentId);
    return Response.json(await listSleeptimeActivity(agentId));
  } catch (error) {
    return errorResponse(error);
  }
}
