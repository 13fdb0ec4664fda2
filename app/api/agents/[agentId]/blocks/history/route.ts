import { errorResponse, parseInput } from "@/lib/http";
import { getMemoryTimeline } from "@/lib/letta/memory-history";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/api/agents/[agentId]/blocks/history">) {
  try {
    const agentId = parseInput(idSchema, (await params).agentId);
    return Response.json(await getMemoryTimeline(agentId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
