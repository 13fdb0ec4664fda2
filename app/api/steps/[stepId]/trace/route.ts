import { parseInput, route } from "@/lib/http";
import { idSchema } from "@/lib/ids";
import { getStepTrace } from "@/lib/letta/inspector";

export const dynamic = "force-dynamic";

/** One step's exact model request and response, read when the step is opened in the inspector. */
export const GET = route(async (_request: Request, { params }: RouteContext<"/api/steps/[stepId]/trace">) => {
  const stepId = parseInput(idSchema, (await params).stepId);
  return Response.json(await getStepTrace(stepId), { headers: { "Cache-Control": "no-store" } });
});
