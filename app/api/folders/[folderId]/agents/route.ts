import { idSchema } from "@/lib/ids";
import { errorResponse, parseInput } from "@/lib/http";
import { listFolderAgents } from "@/lib/letta/folders";

export const dynamic = "force-dynamic";

/** The agents a folder is attached to, read when the user is about to delete it. */
export async function GET(_request: Request, { params }: RouteContext<"/api/folders/[folderId]/agents">) {
  try {
    const folderId = parseInput(idSchema, (await params).folderId);
    return Response.json(await listFolderAgents(folderId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
