import { parseInput, route } from "@/lib/http";
import { getGroup } from "@/lib/letta/groups";
import { idSchema } from "@/lib/ids";

// A read the group editor refetches after a save.
export const dynamic = "force-dynamic";

export const GET = route(async (_request: Request, context: RouteContext<"/api/groups/[groupId]">) => {
  const groupId = parseInput(idSchema, (await context.params).groupId);
  return Response.json(await getGroup(groupId));
});
