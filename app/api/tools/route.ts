import { parseInput, route } from "@/lib/http";
import { listLibraryTools } from "@/lib/letta/tools";
import { toolSearchSchema } from "@/lib/tools/schema";

// A read the tool library searches as the query changes.
export const dynamic = "force-dynamic";

export const GET = route(async (request: Request) => {
  const search = parseInput(toolSearchSchema, new URL(request.url).searchParams.get("search") ?? undefined);
  return Response.json(await listLibraryTools(search), { headers: { "Cache-Control": "no-store" } });
});
