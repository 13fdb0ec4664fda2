import { errorResponse, parseInput } from "@/lib/http";
import { inspectorIdSchema } from "@/lib/inspector/schema";
import { getStepTrace } from "@/lib/letta/inspector";

export const dynamic = "force-dynamic";

/** One step's exact model request and response, read when the step is opened in the inspector. */
export async function GET(_request: Request, { params }: RouteContext<"/api/steps/[stepId]/trace">) {
  try {
    const stepId = parseInput(inspectorIdSchema, (await params).stepId);
    return Response.json(await getStepTrace(stepId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
