import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { runToolSource } from "@/lib/letta/tools";
import { runToolSchema } from "../schema";

export const dynamic = "force-dynamic";

/** Runs Python source (the editor's, saved or not) with JSON arguments in the server's tool sandbox. */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const body = parseInput(runToolSchema, await readJson(request));
    return Response.json(await runToolSource(body));
  } catch (error) {
    return errorResponse(error);
  }
}
