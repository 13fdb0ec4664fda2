import { parseInput, route } from "@/lib/http";
import { listAgentArchives } from "@/lib/letta/archival";
import { idSchema } from "@/lib/ids";

// A read the archives list refetches after attach and detach.
export const dynamic = "force-dynamic";

/** The archives (passage stores) attached to the agent, and the others it could attach. */
export const GET = route(
  async (_request: Request, { params }: RouteContext<"/api/agents/[agentId]/passages/archives">) => {
    const agentId = parseInput(idSchema, (await params).agentId);
    return Response.json(await listAgentArchives(agentId), { headers: { "Cache-Control": "no-store" } });
  },
);
