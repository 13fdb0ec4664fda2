import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { getGroup, updateGroup } from "@/lib/letta/groups";
import { groupUpdateSchema } from "./schema";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: RouteContext<"/api/groups/[groupId]">) {
  try {
    const groupId = parseInput(idSchema, (await context.params).groupId);
    return Response.json(await getGroup(groupId));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function PATCH(request: Request, context: RouteContext<"/api/groups/[groupId]">) {
  try {
    assertSameOrigin(request);
    const groupId = parseInput(idSchema, (await context.params).groupId);
    const update = parseInput(groupUpdateSchema, await readJson(request));
    return Response.json(await updateGroup(groupId, update));
  } catch (error) {
    return errorResponse(error);
  }
}
