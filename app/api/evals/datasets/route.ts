import { route } from "@/lib/http";
import { listDatasets } from "@/lib/evals/store";

// A route handler, not an action: the "Add to dataset" picker reads the datasets through TanStack Query.
export const dynamic = "force-dynamic";

export const GET = route(async () => {
  const datasets = await listDatasets();
  return Response.json(
    datasets.map((dataset) => ({ id: dataset.id, name: dataset.name, cases: dataset.cases.length })),
    { headers: { "Cache-Control": "no-store" } },
  );
});
