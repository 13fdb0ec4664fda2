import { z } from "zod";
import { lettaIdSchema } from "@/app/api/blocks/schema";
import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { attachArchive, listAgentArchives } from "@/lib/letta/archival";

export const dynamic = "force-dynamic";

/** The archives (passage stores) attached to the agent, and the others it could attach. */
export async function GET(_request: Request, { params }: RouteContext<"/api/agents/[agentId]/passages/archives">) {
  try {
    const agentId = parseInput(lettaIdSchema, (await params).agentId);
    return Response.json(await listAgentArchives(agentId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request, { params }: RouteContext<"/api/agents/[agentId]/passages/archives">) {
  try {
    assertSameOrigin(request);
    const agentId = parseInput(lettaIdSchema, (await params).agentId);
    const { archiveId } = parseInput(z.object({ archiveId: lettaIdSchema }), await readJson(request));
    await attachArchive(agentId, archiveId);
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
