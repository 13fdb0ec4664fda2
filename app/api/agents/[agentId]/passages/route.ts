import { parseInput, route } from "@/lib/http";
import { listPassages } from "@/lib/letta/archival";
import { idSchema } from "@/lib/ids";

// A read the archival list pages through.
export const dynamic = "force-dynamic";

export const GET = route(async (request: Request, { params }: RouteContext<"/api/agents/[agentId]/passages">) => {
  const agentId = parseInput(idSchema, (await params).agentId);
  const before = new URL(request.url).searchParams.get("before");
  return Response.json(await listPassages(agentId, before === null ? null : parseInput(idSchema, before)), {
    headers: { "Cache-Control": "no-store" },
  });
});
