import { parseInput, route } from "@/lib/http";
import { datasetFileText } from "@/lib/evals/dataset-file";
import { requireDataset } from "@/lib/evals/store";
import { evalIdSchema } from "@/lib/evals/types";

// A route handler, not an action: the dataset file is a download.
export const dynamic = "force-dynamic";

export const GET = route(async (_request: Request, context: RouteContext<"/api/evals/datasets/[datasetId]/export">) => {
  const dataset = await requireDataset(parseInput(evalIdSchema, (await context.params).datasetId));
  const fileName = `${dataset.name.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-|-$/g, "") || "dataset"}.dataset.json`;
  return new Response(datasetFileText(dataset), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
