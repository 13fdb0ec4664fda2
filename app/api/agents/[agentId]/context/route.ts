import { errorResponse, parseInput } from "@/lib/http";
import { getContextOverview } from "@/lib/letta/context";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/api/agents/[agentId]/context">) {
  try {
    const agentId = parseInput(idSchema, (await params).agentId);
    return Response.json(await getContextOverview(agentId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
