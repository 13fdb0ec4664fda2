import { route } from "@/lib/http";
import { listConnections } from "@/lib/connections/manage";
import { activeConnection } from "@/lib/letta/connection";

// A read the connections page refetches after a save or a switch.
export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

export const GET = route(async () => {
  const active = await activeConnection();
  return Response.json(await listConnections(active.id), { headers: noStore });
});
