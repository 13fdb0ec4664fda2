import { errorResponse, parseInput } from "@/lib/http";
import { inspectorIdSchema } from "@/lib/inspector/schema";
import { getRunDetail } from "@/lib/letta/inspector";

export const dynamic = "force-dynamic";

/** A run with its steps, tool calls and results: the inspector re-reads it after feedback or while a run goes on. */
export async function GET(_request: Request, { params }: RouteContext<"/api/runs/[runId]/steps">) {
  try {
    const runId = parseInput(inspectorIdSchema, (await params).runId);
    return Response.json(await getRunDetail(runId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
