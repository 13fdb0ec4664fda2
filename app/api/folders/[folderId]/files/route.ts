import { idSchema } from "@/lib/ids";
import { parseInput, route } from "@/lib/http";
import { listFolderFiles } from "@/lib/letta/folders";

export const dynamic = "force-dynamic";

/** A folder's files with their processing status: the browser polls this while Letta processes uploads. */
export const GET = route(async (_request: Request, { params }: RouteContext<"/api/folders/[folderId]/files">) => {
  const folderId = parseInput(idSchema, (await params).folderId);
  return Response.json(await listFolderFiles(folderId), { headers: { "Cache-Control": "no-store" } });
});
