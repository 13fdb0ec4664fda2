import { toolRulesSchema } from "@/app/api/agents/[agentId]/tools/schema";
import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { replaceToolRules } from "@/lib/letta/agent-tools";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

/** Replaces the agent's tool rules (approval rules are kept; they are set per tool). */
export async function PUT(request: Request, { params }: RouteContext<"/api/agents/[agentId]/tool-rules">) {
  try {
    assertSameOrigin(request);
    const agentId = parseInput(idSchema, (await params).agentId);
    const { rules } = parseInput(toolRulesSchema, await readJson(request));
    return Response.json(await replaceToolRules(agentId, rules));
  } catch (error) {
    return errorResponse(error);
  }
}
