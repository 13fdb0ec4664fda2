import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { setToolApproval } from "@/lib/letta/agent-tools";
import { toolApprovalSchema } from "../schema";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function PUT(request: Request, { params }: RouteContext<"/api/agents/[agentId]/tools/approval">) {
  try {
    assertSameOrigin(request);
    const agentId = parseInput(idSchema, (await params).agentId);
    const { toolName, requiresApproval } = parseInput(toolApprovalSchema, await readJson(request));
    await setToolApproval(agentId, toolName, requiresApproval);
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
