import { assertSameOrigin, parseInput, readJson, route } from "@/lib/http";
import { cancelRuns } from "@/lib/letta/runs";
import { cancelSchema } from "../schema";
import { idSchema } from "@/lib/ids";

// Part of the chat stream: stops the reply the stream is carrying (allowed in a demo with chat).
export const dynamic = "force-dynamic";

export const POST = route(async (request: Request, context: RouteContext<"/api/agents/[agentId]/messages/cancel">) => {
  assertSameOrigin(request);
  const agentId = parseInput(idSchema, (await context.params).agentId);
  const { runIds, conversationId } = parseInput(cancelSchema, await readJson(request));
  await cancelRuns(agentId, runIds, conversationId);
  return Response.json({ cancelled: true });
});
