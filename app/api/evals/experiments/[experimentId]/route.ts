import { parseInput, route } from "@/lib/http";
import { loadExperimentView } from "@/lib/evals/experiments";
import { resumeExperiments } from "@/lib/evals/runner/runner";
import { evalIdSchema } from "@/lib/evals/types";

// A route handler, not an action: the experiment page polls it while the experiment runs.
export const dynamic = "force-dynamic";

export const GET = route(async (_request: Request, context: RouteContext<"/api/evals/experiments/[experimentId]">) => {
  const experimentId = parseInput(evalIdSchema, (await context.params).experimentId);
  void resumeExperiments();
  return Response.json(await loadExperimentView(experimentId), { headers: { "Cache-Control": "no-store" } });
});
