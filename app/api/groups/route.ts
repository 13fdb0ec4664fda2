import { route } from "@/lib/http";
import { listGroups } from "@/lib/letta/groups";

// A read the groups page refetches.
export const dynamic = "force-dynamic";

export const GET = route(async () => {
  return Response.json(await listGroups());
});
