import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { cloneAgent } from "@/lib/letta/agent-files";
import { cloneSchema } from "./schema";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function POST(request: Request, context: RouteContext<"/api/agents/[agentId]/clone">) {
  try {
    assertSameOrigin(request);
    const agentId = parseInput(idSchema, (await context.params).agentId);
    const options = parseInput(cloneSchema, await readJson(request));
    return Response.json({ agents: await cloneAgent(agentId, options) }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
