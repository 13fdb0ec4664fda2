import { parseInput, route } from "@/lib/http";
import { searchPassages } from "@/lib/letta/archival";
import { searchPassagesSchema } from "@/lib/memory/schema";
import { idSchema } from "@/lib/ids";

// A read: the archival search the browser runs as the query changes.
export const dynamic = "force-dynamic";

export const GET = route(
  async (request: Request, { params }: RouteContext<"/api/agents/[agentId]/passages/search">) => {
    const agentId = parseInput(idSchema, (await params).agentId);
    const searchParams = new URL(request.url).searchParams;
    const { query, tags } = parseInput(searchPassagesSchema, {
      query: searchParams.get("query") ?? "",
      tags: searchParams.getAll("tag"),
    });
    return Response.json(await searchPassages(agentId, query, tags), { headers: { "Cache-Control": "no-store" } });
  },
);
