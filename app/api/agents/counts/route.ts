import { searchParamsRecord } from "@/lib/agents/list-query";
import { errorResponse, parseInput } from "@/lib/http";
import { listAgentCounts } from "@/lib/letta/agents";
import { listAgentsQuerySchema } from "../schema";

export const dynamic = "force-dynamic";

/** Block and tool counts for one page of the list (the same view and cursor as GET /api/agents). */
export async function GET(request: Request) {
  try {
    const query = parseInput(listAgentsQuerySchema, searchParamsRecord(new URL(request.url).searchParams));
    return Response.json(await listAgentCounts(query), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
