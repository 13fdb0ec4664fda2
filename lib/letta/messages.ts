import "server-only";
import type { MessageCreateParamsBase } from "@letta-ai/letta-client/resources/agents/messages";
import type { ChatEvent } from "@/lib/chat/events";
import type { Outgoing } from "@/lib/chat/rows";
import type { HistoryPage, HistoryTail } from "@/lib/chat/history";
import { foldChatEvents, type TranscriptItem } from "@/lib/chat/transcript";
import { lettaClient, withLetta } from "./client";
import { activeConnection } from "./connection";
import { streamCutShort, toAppError, toStreamError } from "./errors";
import { oldestFirst, runIdOf, toChatEvent, type LettaMessageLike } from "./message-mapping";

function toLettaMessages(message: Outgoing): MessageCreateParamsBase["messages"] {
  if (message.kind === "message") return [{ role: message.role, content: message.text }];
  return [
    {
      type: "approval",
      approvals: [
        {
          type: "approval",
          tool_call_id: message.toolCallId,
          approve: message.approve,
          ...(message.reason ? { reason: message.reason } : {}),
        },
      ],
    },
  ];
}

export interface SendMessageInput {
  agentId: string;
  /** A conversation of the agent; none for the agent's own history. */
  conversationId?: string;
  message: Outgoing;
  signal: AbortSignal;
}

/**
 * Sends one message and resolves once Letta has accepted it, so a refusal (unknown agent, bad input,
 * server down) is thrown as an AppError before anything streams. Never retried: a retry could post the
 * message twice. Errors in the middle of the stream become an `error` event; each new run id becomes a
 * `run` event so the browser can cancel the run on the server.
 */
export async function openMessageStream(input: SendMessageInput): Promise<AsyncGenerator<ChatEvent>> {
  const connection = await activeConnection();
  let stream;
  try {
    const client = lettaClient(connection);
    const body = {
      messages: toLettaMessages(input.message),
      streaming: true,
      stream_tokens: true,
      include_pings: true,
    } as const;
    const options = { signal: input.signal, maxRetries: 0, timeout: 10 * 60_000 };
    stream = input.conversationId
      ? await client.conversations.messages.create(input.conversationId, body, options)
      : await client.agents.messages.create(input.agentId, body, options);
  } catch (error) {
    throw toAppError(error, { baseUrl: connection.baseUrl });
  }
  return (async function* events() {
    const runs = new Set<string>();
    let stopped = false;
    try {
      for await (const item of stream) {
        const runId = runIdOf(item);
        if (runId && !runs.has(runId)) {
          runs.add(runId);
          yield { type: "run", runId } satisfies ChatEvent;
        }
        const event = toChatEvent(item);
        if (event?.type === "stop" || event?.type === "error") stopped = true;
        if (event) yield event;
      }
      if (!stopped && !input.signal.aborted)
        yield { type: "error", error: streamCutShort({ baseUrl: connection.baseUrl }).toJSON() } satisfies ChatEvent;
    } catch (error) {
      const appError = toStreamError(error, { baseUrl: connection.baseUrl });
      if (appError.code !== "aborted") yield { type: "error", error: appError.toJSON() } satisfies ChatEvent;
    }
  })();
}

/** Marks each item with the run of the message it came from (items are keyed `<kind>:<message id>`). */
function withRunIds(items: TranscriptItem[], listed: readonly LettaMessageLike[]): TranscriptItem[] {
  const runs = new Map<string, string>();
  for (const message of listed) {
    const runId = runIdOf(message);
    if (runId && "id" in message && typeof message.id === "string") runs.set(message.id, runId);
  }
  return items.map((item) => {
    const runId = runs.get(item.key.slice(item.key.indexOf(":") + 1));
    return runId ? { ...item, runId } : item;
  });
}

/** One page of a conversation's messages, or of the agent's own history when no conversation is named. */
async function listHistory(
  agentId: string,
  conversationId: string | undefined,
  query: { order: "asc" | "desc"; limit: number; before?: string; after?: string },
) {
  const page = await withLetta((client) =>
    conversationId
      ? client.conversations.messages.list(conversationId, query)
      : // "default": only the agent's own history, not the messages of its other conversations.
        client.agents.messages.list(agentId, { ...query, conversation_id: "default" }),
  );
  return page.getPaginatedItems();
}

/** One page of an agent's history, newest page first, each page's items oldest first. */
export async function listMessages(
  agentId: string,
  options: { before?: string; limit: number; conversationId?: string },
): Promise<HistoryPage> {
  const query = { order: "desc", limit: options.limit, ...(options.before ? { before: options.before } : {}) } as const;
  const listed = oldestFirst(await listHistory(agentId, options.conversationId, query));
  const oldest = listed[0];
  const events = listed.map(toChatEvent).filter((event) => event !== undefined);
  return {
    items: withRunIds(foldChatEvents(events).items, listed),
    before: listed.length >= options.limit && oldest ? oldest.id : null,
    newest: listed.at(-1)?.id ?? null,
  };
}

/**
 * Messages that arrived after `after` (all of them from the start when it is absent), oldest first,
 * grouped by run: messages sent from elsewhere (another tab, the SDK) while the chat is open.
 */
export async function listNewerMessages(
  agentId: string,
  options: { after?: string; limit: number; conversationId?: string },
): Promise<HistoryTail> {
  const query = { order: "asc", limit: options.limit, ...(options.after ? { after: options.after } : {}) } as const;
  const listed = await listHistory(agentId, options.conversationId, query);
  const groups: HistoryTail["groups"] = [];
  let run: { runId: string | null; events: ChatEvent[] } | null = null;
  const flush = () => {
    if (run && run.events.length > 0) groups.push({ runId: run.runId, items: foldChatEvents(run.events).items });
  };
  for (const message of listed) {
    const runId = runIdOf(message);
    if (!run || run.runId !== runId) {
      flush();
      run = { runId, events: [] };
    }
    const event = toChatEvent(message);
    if (event) run.events.push(event);
  }
  flush();
  return { groups, newest: listed.at(-1)?.id ?? options.after ?? null, more: listed.length >= options.limit };
}

/** Deletes the agent's messages (keeping the system prompt and Letta's default opening messages). */
export async function resetMessages(agentId: string): Promise<void> {
  await withLetta((client) => client.agents.messages.reset(agentId, { add_default_initial_messages: true }));
}
