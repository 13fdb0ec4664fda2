import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { runAgentTool } from "@/lib/letta/agent-tools";
import { runAgentToolSchema } from "../schema";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

/** Runs one of the agent's tools (its saved code) with JSON arguments. */
export async function POST(request: Request, { params }: RouteContext<"/api/agents/[agentId]/tools/run">) {
  try {
    assertSameOrigin(request);
    const agentId = parseInput(idSchema, (await params).agentId);
    const { toolName, args } = parseInput(runAgentToolSchema, await readJson(request));
    return Response.json(await runAgentTool(agentId, toolName, args));
  } catch (error) {
    return errorResponse(error);
  }
}
