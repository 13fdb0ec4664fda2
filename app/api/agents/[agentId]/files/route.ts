import { idSchema } from "@/lib/ids";
import { errorResponse, parseInput } from "@/lib/http";
import { getAgentFiles } from "@/lib/letta/folders";

export const dynamic = "force-dynamic";

/** The agent's folders and files with their open state; refetched after turns, which may open files. */
export async function GET(_request: Request, { params }: RouteContext<"/api/agents/[agentId]/files">) {
  try {
    const agentId = parseInput(idSchema, (await params).agentId);
    return Response.json(await getAgentFiles(agentId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
