import { parseInput, route } from "@/lib/http";
import { agentsUsingTool } from "@/lib/letta/tools";
import { idSchema } from "@/lib/ids";

// A read the tool library refetches (which agents use a tool).
export const dynamic = "force-dynamic";

/** The agents that have this tool attached (for the warning before a delete). */
export const GET = route(async (_request: Request, { params }: RouteContext<"/api/tools/[toolId]/agents">) => {
  const toolId = parseInput(idSchema, (await params).toolId);
  return Response.json(await agentsUsingTool(toolId), { headers: { "Cache-Control": "no-store" } });
});
