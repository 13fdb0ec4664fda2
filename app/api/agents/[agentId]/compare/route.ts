import { parseInput, route } from "@/lib/http";
import { getCompareSide } from "@/lib/letta/agent-compare";
import { idSchema as agentIdSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

/** A read the compare view refetches after a copy: one agent's whole definition, with ids. */
export const GET = route(async (_request: Request, context: RouteContext<"/api/agents/[agentId]/compare">) => {
  const agentId = parseInput(agentIdSchema, (await context.params).agentId);
  return Response.json(await getCompareSide(agentId), { headers: { "Cache-Control": "no-store" } });
});
