import { parseInput, route } from "@/lib/http";
import { listLibraryBlocks } from "@/lib/letta/blocks";
import { libraryQuerySchema } from "./schema";

// A read the block library pages through ("Show more") and searches.
export const dynamic = "force-dynamic";

export const GET = route(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const { search, count } = parseInput(libraryQuerySchema, {
    search: params.get("search") ?? undefined,
    count: params.get("count") ?? undefined,
  });
  return Response.json(await listLibraryBlocks(search, count), { headers: { "Cache-Control": "no-store" } });
});
