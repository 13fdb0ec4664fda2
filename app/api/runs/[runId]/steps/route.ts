import { parseInput, route } from "@/lib/http";
import { idSchema } from "@/lib/ids";
import { getRunDetail } from "@/lib/letta/inspector";

export const dynamic = "force-dynamic";

/** A run with its steps, tool calls and results: the inspector re-reads it after feedback or while a run goes on. */
export const GET = route(async (_request: Request, { params }: RouteContext<"/api/runs/[runId]/steps">) => {
  const runId = parseInput(idSchema, (await params).runId);
  return Response.json(await getRunDetail(runId), { headers: { "Cache-Control": "no-store" } });
});
