import { route } from "@/lib/http";
import { modelsOverview } from "@/lib/letta/model-catalog";

export const dynamic = "force-dynamic";

/** The Models page's data (providers without keys, models, usage), refetched after each change. */
export const GET = route(async () => {
  return Response.json(await modelsOverview(), { headers: { "Cache-Control": "no-store" } });
});
