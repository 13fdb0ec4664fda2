import { errorResponse, parseInput } from "@/lib/http";
import { agentsUsingTool } from "@/lib/letta/tools";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

/** The agents that have this tool attached (for the warning before a delete). */
export async function GET(_request: Request, { params }: RouteContext<"/api/tools/[toolId]/agents">) {
  try {
    const toolId = parseInput(idSchema, (await params).toolId);
    return Response.json(await agentsUsingTool(toolId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
