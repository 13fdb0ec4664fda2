import { parseInput, route } from "@/lib/http";
import { listAgentBlocks } from "@/lib/letta/blocks";
import { idSchema } from "@/lib/ids";

// A read the memory panel refetches after every turn.
export const dynamic = "force-dynamic";

export const GET = route(async (_request: Request, { params }: RouteContext<"/api/agents/[agentId]/blocks">) => {
  const agentId = parseInput(idSchema, (await params).agentId);
  return Response.json(await listAgentBlocks(agentId), { headers: { "Cache-Control": "no-store" } });
});
