import { parseInput, route } from "@/lib/http";
import { getCompiledSystemPrompt } from "@/lib/letta/agent-settings";
import { idSchema } from "@/lib/ids";

// A read the settings panel refetches when the prompt may have changed.
export const dynamic = "force-dynamic";

/** The compiled system prompt (a dry run on the server: nothing is stored). */
export const GET = route(async (_request: Request, context: RouteContext<"/api/agents/[agentId]/compiled-prompt">) => {
  const agentId = parseInput(idSchema, (await context.params).agentId);
  return Response.json(
    { prompt: await getCompiledSystemPrompt(agentId) },
    { headers: { "Cache-Control": "no-store" } },
  );
});
