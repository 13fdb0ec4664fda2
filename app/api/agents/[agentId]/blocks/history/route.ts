import { lettaIdSchema } from "@/app/api/blocks/schema";
import { errorResponse, parseInput } from "@/lib/http";
import { getMemoryTimeline } from "@/lib/letta/memory-history";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/api/agents/[agentId]/blocks/history">) {
  try {
    const agentId = parseInput(lettaIdSchema, (await params).agentId);
    return Response.json(await getMemoryTimeline(agentId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
