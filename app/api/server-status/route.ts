import { route } from "@/lib/http";
import { getServerStatus } from "@/lib/letta/server-status";

// A read the server status badge polls.
export const dynamic = "force-dynamic";

export const GET = route(async () => {
  return Response.json(await getServerStatus(), { headers: { "Cache-Control": "no-store" } });
});
