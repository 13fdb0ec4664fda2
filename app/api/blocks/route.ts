import { errorResponse, parseInput } from "@/lib/http";
import { listLibraryBlocks } from "@/lib/letta/blocks";
import { libraryQuerySchema } from "./schema";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const params = new URL(request.url).searchParams;
    const { search, count } = parseInput(libraryQuerySchema, {
      search: params.get("search") ?? undefined,
      count: params.get("count") ?? undefined,
    });
    return Response.json(await listLibraryBlocks(search, count), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
