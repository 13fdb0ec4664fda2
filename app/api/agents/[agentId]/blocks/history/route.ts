import { parseInput, route } from "@/lib/http";
import { getMemoryTimeline } from "@/lib/letta/memory-history";
import { idSchema } from "@/lib/ids";

// A read the memory timeline refetches after every turn.
export const dynamic = "force-dynamic";

export const GET = route(
  async (_request: Request, { params }: RouteContext<"/api/agents/[agentId]/blocks/history">) => {
    const agentId = parseInput(idSchema, (await params).agentId);
    return Response.json(await getMemoryTimeline(agentId), { headers: { "Cache-Control": "no-store" } });
  },
);
