import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { rememberActiveConnection } from "@/lib/connections/active-cookie";
import { requireConnection } from "@/lib/connections/manage";
import { activeBodySchema } from "../schema";

export const dynamic = "force-dynamic";

/** Switches this browser to another connection. */
export async function PUT(request: Request) {
  try {
    assertSameOrigin(request);
    const { id } = parseInput(activeBodySchema, await readJson(request));
    const connection = await requireConnection(id);
    await rememberActiveConnection(connection.id);
    return Response.json({ activeId: connection.id }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
