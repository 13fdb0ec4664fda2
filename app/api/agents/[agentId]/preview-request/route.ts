import { parseInput, route } from "@/lib/http";
import { previewSchema } from "@/lib/inspector/schema";
import { previewRequest } from "@/lib/letta/inspector";

export const dynamic = "force-dynamic";

/** The request the model would receive now for `?message=` (Letta builds it without sending it): a read. */
export const GET = route(
  async (request: Request, { params }: RouteContext<"/api/agents/[agentId]/preview-request">) => {
    const message = new URL(request.url).searchParams.get("message") ?? undefined;
    const input = parseInput(previewSchema, { agentId: (await params).agentId, message });
    return Response.json(
      { request: await previewRequest(input.agentId, input.message) },
      { headers: { "Cache-Control": "no-store" } },
    );
  },
);
