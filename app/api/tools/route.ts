import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { createTool, listLibraryTools } from "@/lib/letta/tools";
import { toolSearchSchema, toolSourceSchema } from "./schema";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const search = parseInput(toolSearchSchema, new URL(request.url).searchParams.get("search") ?? undefined);
    return Response.json(await listLibraryTools(search), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const body = parseInput(toolSourceSchema, await readJson(request));
    return Response.json(await createTool(body), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
