import { idSchema } from "@/lib/ids";
import { parseInput, route } from "@/lib/http";
import { getAgentFiles } from "@/lib/letta/folders";

export const dynamic = "force-dynamic";

/** The agent's folders and files with their open state; refetched after turns, which may open files. */
export const GET = route(async (_request: Request, { params }: RouteContext<"/api/agents/[agentId]/files">) => {
  const agentId = parseInput(idSchema, (await params).agentId);
  return Response.json(await getAgentFiles(agentId), { headers: { "Cache-Control": "no-store" } });
});
