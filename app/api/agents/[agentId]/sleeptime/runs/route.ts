import { parseInput, route } from "@/lib/http";
import { listSleeptimeActivity } from "@/lib/letta/sleeptime";
import { idSchema } from "@/lib/ids";

// A read the sleep-time panel polls (its recent runs).
export const dynamic = "force-dynamic";

export const GET = route(async (_request: Request, context: RouteContext<"/api/agents/[agentId]/sleeptime/runs">) => {
  const agentId = parseInput(idSchema, (await context.params).agentId);
  return Response.json(await listSleeptimeActivity(agentId));
});
