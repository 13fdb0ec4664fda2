import { errorResponse, parseInput } from "@/lib/http";
import { searchPassages } from "@/lib/letta/archival";
import { searchPassagesSchema } from "../schema";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/agents/[agentId]/passages/search">) {
  try {
    const agentId = parseInput(idSchema, (await params).agentId);
    const searchParams = new URL(request.url).searchParams;
    const { query, tags } = parseInput(searchPassagesSchema, {
      query: searchParams.get("query") ?? "",
      tags: searchParams.getAll("tag"),
    });
    return Response.json(await searchPassages(agentId, query, tags), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
