import { route } from "@/lib/http";
import { listFolders } from "@/lib/letta/folders";

export const dynamic = "force-dynamic";

/** The server's folders with their file counts (the folders page refetches this after changes). */
export const GET = route(async () => {
  return Response.json(await listFolders(), { headers: { "Cache-Control": "no-store" } });
});
