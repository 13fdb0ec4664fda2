import { encodeChatEvent } from "@/lib/chat/events";
import { assertSameOrigin, parseInput, readJson, streamHeaders, route } from "@/lib/http";
import { listMessages, listNewerMessages, openMessageStream } from "@/lib/letta/messages";
import { historyQuerySchema, sendMessageSchema } from "./schema";
import { idSchema } from "@/lib/ids";

// The chat stream (POST streams a reply as NDJSON) and the history the chat pages through (GET).
export const dynamic = "force-dynamic";

export const GET = route(async (request: Request, context: RouteContext<"/api/agents/[agentId]/messages">) => {
  const agentId = parseInput(idSchema, (await context.params).agentId);
  const params = new URL(request.url).searchParams;
  const { before, after, newer, limit, conversation } = parseInput(historyQuerySchema, {
    before: params.get("before") ?? undefined,
    after: params.get("after") ?? undefined,
    newer: params.get("newer") ?? undefined,
    limit: params.get("limit") ?? undefined,
    conversation: params.get("conversation") ?? undefined,
  });
  if (after || newer)
    return Response.json(await listNewerMessages(agentId, { after, limit, conversationId: conversation }));
  return Response.json(await listMessages(agentId, { before, limit, conversationId: conversation }));
});

export const POST = route(async (request: Request, context: RouteContext<"/api/agents/[agentId]/messages">) => {
  assertSameOrigin(request);
  const agentId = parseInput(idSchema, (await context.params).agentId);
  const { conversationId, ...message } = parseInput(sendMessageSchema, await readJson(request));

  // The browser closing or navigating away aborts request.signal, which aborts the call to Letta.
  const upstream = new AbortController();
  request.signal.addEventListener("abort", () => upstream.abort(), { once: true });
  const events = await openMessageStream({ agentId, conversationId, message, signal: upstream.signal });
  const encoder = new TextEncoder();

  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await events.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(encodeChatEvent(next.value)));
    },
    async cancel() {
      upstream.abort();
      await events.return(undefined);
    },
  });
  return new Response(body, { headers: streamHeaders });
});
