import { parseInput, route } from "@/lib/http";
import { getAgentSettings } from "@/lib/letta/agent-settings";
import { idSchema } from "@/lib/ids";

// A read the settings editor refetches after a save or a turn.
export const dynamic = "force-dynamic";

export const GET = route(async (_request: Request, context: RouteContext<"/api/agents/[agentId]/settings">) => {
  const agentId = parseInput(idSchema, (await context.params).agentId);
  return Response.json(await getAgentSettings(agentId), { headers: { "Cache-Control": "no-store" } });
});
