import { encodeChatEvent } from "@/lib/chat/events";
import { assertSameOrigin, parseInput, readJson, streamHeaders, route } from "@/lib/http";
import { listMessages, openMessageStream } from "@/lib/letta/messages";
import { historyQuerySchema, sendMessageSchema, tabHeaderSchema } from "./schema";
import { idSchema } from "@/lib/ids";
import { accessConfig } from "@/lib/access/config";
import { accessName } from "@/lib/access/server";
import { demoRefusal } from "@/lib/access/policy";
import { activeConnection } from "@/lib/letta/connection";
import { relayTurn } from "@/lib/watch/relay";

// The chat stream (POST streams a reply as NDJSON) and the history the chat pages through (GET).
export const dynamic = "force-dynamic";

export const GET = route(async (request: Request, context: RouteContext<"/api/agents/[agentId]/messages">) => {
  const agentId = parseInput(idSchema, (await context.params).agentId);
  const params = new URL(request.url).searchParams;
  const { before, limit, conversation } = parseInput(historyQuerySchema, {
    before: params.get("before") ?? undefined,
    limit: params.get("limit") ?? undefined,
    conversation: params.get("conversation") ?? undefined,
  });
  return Response.json(await listMessages(agentId, { before, limit, conversationId: conversation }));
});

export const POST = route(async (request: Request, context: RouteContext<"/api/agents/[agentId]/messages">) => {
  assertSameOrigin(request);
  const agentId = parseInput(idSchema, (await context.params).agentId);
  const { conversationId, ...message } = parseInput(sendMessageSchema, await readJson(request));
  // A demo may allow chatting, never approving a tool call.
  if (message.kind === "approval" && accessConfig().demo) throw demoRefusal(accessConfig().demoChat);
  const tabId = parseInput(tabHeaderSchema, request.headers.get("x-ade-tab") ?? undefined);
  // The name given at login marks the turn for its watchers (without one they see "another tab").
  const sender = await accessName();

  // The browser closing or navigating away aborts request.signal, which aborts the call to Letta.
  const upstream = new AbortController();
  request.signal.addEventListener("abort", () => upstream.abort(), { once: true });
  const opened = await openMessageStream({ agentId, conversationId, message, signal: upstream.signal });
  // Everyone else viewing the agent watches the turn stream too (lib/watch); the sender's tab is skipped.
  const events = relayTurn(
    {
      connection: await activeConnection(),
      agentId,
      conversationId: conversationId ?? null,
      tabId: tabId ?? "",
      sender,
      outgoing: message,
    },
    opened,
  );
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
