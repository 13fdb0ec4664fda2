import { z } from "zod";
import { parseInput, route } from "@/lib/http";
import { idSchema } from "@/lib/ids";
import { getRunSummaries } from "@/lib/letta/inspector";

// A read the chat polls: the status and usage of the turns it shows, all in one (`?id=…&id=…`).
export const dynamic = "force-dynamic";

/** The most runs one read answers for (the chat batches the footers it shows, a page of history at a time). */
const MAX_RUNS = 100;

const runIdsSchema = z.array(idSchema).min(1).max(MAX_RUNS);

export const GET = route(async (request: Request, { params }: RouteContext<"/api/agents/[agentId]/runs">) => {
  const agentId = parseInput(idSchema, (await params).agentId);
  const runIds = parseInput(runIdsSchema, [...new Set(new URL(request.url).searchParams.getAll("id"))]);
  return Response.json(await getRunSummaries(agentId, runIds), { headers: { "Cache-Control": "no-store" } });
});
