import { idSchema } from "@/lib/ids";
import { parseInput, route } from "@/lib/http";
import { getFolderFile } from "@/lib/letta/folders";

export const dynamic = "force-dynamic";

/** One file's parsed text and passages, read when the user opens the file. */
export const GET = route(
  async (_request: Request, { params }: RouteContext<"/api/folders/[folderId]/files/[fileId]">) => {
    const { folderId, fileId } = await params;
    return Response.json(await getFolderFile(parseInput(idSchema, folderId), parseInput(idSchema, fileId)), {
      headers: { "Cache-Control": "no-store" },
    });
  },
);
