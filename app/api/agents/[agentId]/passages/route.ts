import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { insertPassage, listPassages } from "@/lib/letta/archival";
import { insertPassageSchema } from "./schema";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/agents/[agentId]/passages">) {
  try {
    const agentId = parseInput(idSchema, (await params).agentId);
    const before = new URL(request.url).searchParams.get("before");
    return Response.json(await listPassages(agentId, before === null ? null : parseInput(idSchema, before)), {
      headers: { "Cache-Control": "no-store" },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request, { params }: RouteContext<"/api/agents/[agentId]/passages">) {
  try {
    assertSameOrigin(request);
    const agentId = parseInput(idSchema, (await params).agentId);
    const { text, tags } = parseInput(insertPassageSchema, await readJson(request));
    return Response.json(await insertPassage(agentId, text, tags), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
