import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { createConnection, listConnections } from "@/lib/connections/manage";
import { activeConnection } from "@/lib/letta/connection";
import { saveBodySchema } from "./schema";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

export async function GET() {
  try {
    const active = await activeConnection();
    return Response.json(await listConnections(active.id), { headers: noStore });
  } catch (error) {
    return errorResponse(error);
  }
}

/** Checks and saves a connection; answers `{connection: null, check}` when the check failed and nothing was saved. */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const body = parseInput(saveBodySchema, await readJson(request));
    return Response.json(await createConnection(body.connection, body.force ?? false), { headers: noStore });
  } catch (error) {
    return errorResponse(error);
  }
}
