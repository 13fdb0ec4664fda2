import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { chosenConnectionId, forgetActiveConnection } from "@/lib/connections/active-cookie";
import { removeConnection, updateConnection } from "@/lib/connections/manage";
import { idParamSchema, saveBodySchema } from "../schema";

export const dynamic = "force-dynamic";

/** Checks and saves changes; answers `{connection: null, check}` when the check failed and nothing was saved. */
export async function PATCH(request: Request, { params }: RouteContext<"/api/connections/[id]">) {
  try {
    assertSameOrigin(request);
    const id = parseInput(idParamSchema, (await params).id);
    const body = parseInput(saveBodySchema, await readJson(request));
    return Response.json(await updateConnection(id, body.connection, body.force ?? false), {
      headers: { "Cache-Control": "no-store" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function DELETE(request: Request, { params }: RouteContext<"/api/connections/[id]">) {
  try {
    assertSameOrigin(request);
    const id = parseInput(idParamSchema, (await params).id);
    await removeConnection(id);
    if ((await chosenConnectionId()) === id) await forgetActiveConnection();
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
