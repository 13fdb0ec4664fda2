import { parseInput, route } from "@/lib/http";
import { getContextOverview } from "@/lib/letta/context";
import { idSchema } from "@/lib/ids";

// A read the context overview refetches after every turn.
export const dynamic = "force-dynamic";

export const GET = route(async (_request: Request, { params }: RouteContext<"/api/agents/[agentId]/context">) => {
  const agentId = parseInput(idSchema, (await params).agentId);
  return Response.json(await getContextOverview(agentId), { headers: { "Cache-Control": "no-store" } });
});
