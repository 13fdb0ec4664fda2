import { errorResponse, parseInput } from "@/lib/http";
import { listLibraryBlocks } from "@/lib/letta/blocks";
import { librarySearchSchema } from "./schema";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const search = parseInput(librarySearchSchema, new URL(request.url).searchParams.get("search") ?? undefined);
    return Response.json(await listLibraryBlocks(search), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
