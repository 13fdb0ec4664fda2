import { searchParamsRecord } from "@/lib/agents/list-query";
import { parseInput, route } from "@/lib/http";
import { listAgents } from "@/lib/letta/agents";
import { listAgentsQuerySchema } from "./schema";

// A read the agent list pages through and refetches.
export const dynamic = "force-dynamic";

export const GET = route(async (request: Request) => {
  const query = parseInput(listAgentsQuerySchema, searchParamsRecord(new URL(request.url).searchParams));
  return Response.json(await listAgents(query), { headers: { "Cache-Control": "no-store" } });
});
