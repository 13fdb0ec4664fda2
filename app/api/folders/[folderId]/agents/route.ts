import { idSchema } from "@/lib/ids";
import { parseInput, route } from "@/lib/http";
import { listFolderAgents } from "@/lib/letta/folders";

export const dynamic = "force-dynamic";

/** The agents a folder is attached to, read when the user is about to delete it. */
export const GET = route(async (_request: Request, { params }: RouteContext<"/api/folders/[folderId]/agents">) => {
  const folderId = parseInput(idSchema, (await params).folderId);
  return Response.json(await listFolderAgents(folderId), { headers: { "Cache-Control": "no-store" } });
});
