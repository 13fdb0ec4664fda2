import { errorResponse, parseInput } from "@/lib/http";
import { endOfDay, inspectorIdSchema, runListQuerySchema } from "@/lib/inspector/schema";
import { listRuns } from "@/lib/letta/inspector";

export const dynamic = "force-dynamic";

/** A page of the agent's runs with the runs page's filters (`?status=&stopReason=&feedback=&from=&to=&after=`). */
export async function GET(request: Request, { params }: RouteContext<"/api/agents/[agentId]/runs">) {
  try {
    const agentId = parseInput(inspectorIdSchema, (await params).agentId);
    const query = parseInput(runListQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
    const page = await listRuns(agentId, { ...query, ...(query.to ? { to: endOfDay(query.to) } : {}) });
    return Response.json(page, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
