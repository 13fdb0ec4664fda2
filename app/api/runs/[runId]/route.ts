import { errorResponse, parseInput } from "@/lib/http";
import { inspectorIdSchema } from "@/lib/inspector/schema";
import { getRunSummary } from "@/lib/letta/inspector";

export const dynamic = "force-dynamic";

/** A run's status, stop reason and usage: read by the chat for each turn loaded from history. */
export async function GET(_request: Request, { params }: RouteContext<"/api/runs/[runId]">) {
  try {
    const runId = parseInput(inspectorIdSchema, (await params).runId);
    return Response.json(await getRunSummary(runId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
