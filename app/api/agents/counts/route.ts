import { searchParamsRecord } from "@/lib/agents/list-query";
import { parseInput, route } from "@/lib/http";
import { listAgentCounts } from "@/lib/letta/agents";
import { listAgentsQuerySchema } from "../schema";

// A read the agent list refetches as its filters change.
export const dynamic = "force-dynamic";

/** Block and tool counts for one page of the list (the same view and cursor as GET /api/agents). */
export const GET = route(async (request: Request) => {
  const query = parseInput(listAgentsQuerySchema, searchParamsRecord(new URL(request.url).searchParams));
  return Response.json(await listAgentCounts(query), { headers: { "Cache-Control": "no-store" } });
});
