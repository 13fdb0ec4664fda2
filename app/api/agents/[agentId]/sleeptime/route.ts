import { parseInput, route } from "@/lib/http";
import { getSleeptimeSettings } from "@/lib/letta/sleeptime";
import { idSchema } from "@/lib/ids";

// A read the sleep-time panel polls while a sleep-time agent works.
export const dynamic = "force-dynamic";

export const GET = route(async (_request: Request, context: RouteContext<"/api/agents/[agentId]/sleeptime">) => {
  const agentId = parseInput(idSchema, (await context.params).agentId);
  return Response.json(await getSleeptimeSettings(agentId));
});
