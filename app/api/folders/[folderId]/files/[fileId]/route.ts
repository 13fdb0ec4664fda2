import { idSchema } from "@/lib/ids";
import { errorResponse, parseInput } from "@/lib/http";
import { getFolderFile } from "@/lib/letta/folders";

export const dynamic = "force-dynamic";

/** One file's parsed text and passages, read when the user opens the file. */
export async function GET(_request: Request, { params }: RouteContext<"/api/folders/[folderId]/files/[fileId]">) {
  try {
    const { folderId, fileId } = await params;
    return Response.json(await getFolderFile(parseInput(idSchema, folderId), parseInput(idSchema, fileId)), {
      headers: { "Cache-Control": "no-store" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
