import { z } from "zod";
import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { attachArchive, listAgentArchives } from "@/lib/letta/archival";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

/** The archives (passage stores) attached to the agent, and the others it could attach. */
export async function GET(_request: Request, { params }: RouteContext<"/api/agents/[agentId]/passages/archives">) {
  try {
    const agentId = parseInput(idSchema, (await params).agentId);
    return Response.json(await listAgentArchives(agentId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request, { params }: RouteContext<"/api/agents/[agentId]/passages/archives">) {
  try {
    assertSameOrigin(request);
    const agentId = parseInput(idSchema, (await params).agentId);
    const { archiveId } = parseInput(z.object({ archiveId: idSchema }), await readJson(request));
    await attachArchive(agentId, archiveId);
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
