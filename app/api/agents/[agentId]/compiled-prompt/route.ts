import { errorResponse, parseInput } from "@/lib/http";
import { getCompiledSystemPrompt } from "@/lib/letta/agent-settings";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

/** The compiled system prompt (a dry run on the server: nothing is stored). */
export async function GET(_request: Request, context: RouteContext<"/api/agents/[agentId]/compiled-prompt">) {
  try {
    const agentId = parseInput(idSchema, (await context.params).agentId);
    return Response.json(
      { prompt: await getCompiledSystemPrompt(agentId) },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
