import { getServerStatus } from "@/lib/letta/server-status";

// A read the server status badge polls.
export const dynamic = "force-dynamic";

export async function GET() {
  return Response.json(await getServerStatus(), { headers: { "Cache-Control": "no-store" } });
}
