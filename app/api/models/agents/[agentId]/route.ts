import { z } from "zod";
import { errorResponse, parseInput } from "@/lib/http";
import { agentModelStatus } from "@/lib/letta/model-catalog";

export const dynamic = "force-dynamic";

const agentIdSchema = z.string().trim().min(1).max(200);

/** Whether the agent's models are still offered (the agent page's banner polls it). */
export async function GET(_request: Request, context: RouteContext<"/api/models/agents/[agentId]">) {
  try {
    const agentId = parseInput(agentIdSchema, (await context.params).agentId);
    return Response.json(await agentModelStatus(agentId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
