import { lettaIdSchema } from "@/app/api/blocks/schema";
import { errorResponse, parseInput } from "@/lib/http";
import { getContextOverview } from "@/lib/letta/context";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/api/agents/[agentId]/context">) {
  try {
    const agentId = parseInput(lettaIdSchema, (await params).agentId);
    return Response.json(await getContextOverview(agentId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
