import { parseInput, route } from "@/lib/http";
import { getAgentTools } from "@/lib/letta/agent-tools";
import { idSchema } from "@/lib/ids";

// A read the tools panel refetches after attach, detach and rule changes.
export const dynamic = "force-dynamic";

export const GET = route(async (_request: Request, { params }: RouteContext<"/api/agents/[agentId]/tools">) => {
  const agentId = parseInput(idSchema, (await params).agentId);
  return Response.json(await getAgentTools(agentId), { headers: { "Cache-Control": "no-store" } });
});
