import { parseInput, route } from "@/lib/http";
import { idSchema } from "@/lib/ids";
import { getRunSummary } from "@/lib/letta/inspector";

export const dynamic = "force-dynamic";

/** A run's status, stop reason and usage: read by the chat for each turn loaded from history. */
export const GET = route(async (_request: Request, { params }: RouteContext<"/api/runs/[runId]">) => {
  const runId = parseInput(idSchema, (await params).runId);
  return Response.json(await getRunSummary(runId), { headers: { "Cache-Control": "no-store" } });
});
