import { parseInput, route } from "@/lib/http";
import { getAgentCodeSpec } from "@/lib/letta/agent-code";
import { idSchema as agentIdSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

/** A read the Code view refetches: the agent as code needs it now (server URL, never a key). */
export const GET = route(async (_request: Request, context: RouteContext<"/api/agents/[agentId]/code">) => {
  const agentId = parseInput(agentIdSchema, (await context.params).agentId);
  return Response.json(await getAgentCodeSpec(agentId));
});
