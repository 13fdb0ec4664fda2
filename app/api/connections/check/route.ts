import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { testConnection } from "@/lib/connections/manage";
import { checkBodySchema } from "../schema";

export const dynamic = "force-dynamic";

/** Tests a connection as the form describes it, without saving anything. */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const body = parseInput(checkBodySchema, await readJson(request));
    return Response.json(await testConnection(body.connection, body.id), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
