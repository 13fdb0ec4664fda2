import { parseInput, route } from "@/lib/http";
import { idSchema } from "@/lib/ids";
import { agentModelStatus } from "@/lib/letta/model-catalog";

// A read the agent page's model banner polls.
export const dynamic = "force-dynamic";

/** Whether the agent's models are still offered. */
export const GET = route(async (_request: Request, context: RouteContext<"/api/models/agents/[agentId]">) => {
  const agentId = parseInput(idSchema, (await context.params).agentId);
  return Response.json(await agentModelStatus(agentId), { headers: { "Cache-Control": "no-store" } });
});
