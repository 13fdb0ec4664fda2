import { parseInput, route } from "@/lib/http";
import { getTool } from "@/lib/letta/tools";
import { idSchema } from "@/lib/ids";

// A read the tool editor refetches after a save.
export const dynamic = "force-dynamic";

export const GET = route(async (_request: Request, { params }: RouteContext<"/api/tools/[toolId]">) => {
  const toolId = parseInput(idSchema, (await params).toolId);
  return Response.json(await getTool(toolId), { headers: { "Cache-Control": "no-store" } });
});
