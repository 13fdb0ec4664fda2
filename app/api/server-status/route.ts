import { getServerStatus } from "@/lib/letta/server-status";

export const dynamic = "force-dynamic";

export async function GET() {
  return Response.json(await getServerStatus(), { headers: { "Cache-Control": "no-store" } });
}
