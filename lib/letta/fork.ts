import "server-only";
import type Letta from "@letta-ai/letta-client";
import { forkPrefix, restoredMessageIds, type ConversationView, type ForkPoint } from "@/lib/chat/conversation";
import { AppError } from "@/lib/errors";
import { withLetta } from "./client";
import { agentConversation, toConversationView } from "./conversations";

const forksInProgress = new Map<string, Promise<unknown>>();

/** One fork at a time per agent in this process: a fork borrows the agent's in-context list. */
function oneAtATime<T>(agentId: string, task: () => Promise<T>): Promise<T> {
  const previous = forksInProgress.get(agentId) ?? Promise.resolve();
  const next = previous.then(task, task);
  forksInProgress.set(
    agentId,
    next.catch(() => undefined),
  );
  return next;
}

async function assertIdle(client: Letta, agentId: string): Promise<void> {
  const active = (await client.runs.list({ agent_id: agentId, active: true, limit: 1 })).getPaginatedItems();
  if (active.length > 0)
    throw new AppError("conflict", "The agent is running a turn right now.", "Fork once the turn has finished.");
}

/**
 * Letta 0.16.8 forks a whole history (its fork has no message parameter), and forks the agent's own
 * history from the agent's in-context list. So a fork at a message briefly sets that list to the
 * messages up to it, forks it, and puts the list back (with anything appended meanwhile).
 */
async function forkAt(client: Letta, agentId: string, prefix: string[]): Promise<string> {
  const agent = await client.agents.retrieve(agentId);
  const original = agent.message_ids ?? [];
  const system = original[0];
  if (!system)
    throw new AppError("conflict", "The agent has no system message to fork from.", "Send the agent a message first.");
  const borrowed = [system, ...prefix];
  await assertIdle(client, agentId);
  await client.agents.update(agentId, { message_ids: borrowed });
  try {
    return (await client.conversations.fork("default", { agent_id: agentId })).id;
  } finally {
    const now = (await client.agents.retrieve(agentId)).message_ids ?? [];
    await client.agents.update(agentId, { message_ids: restoredMessageIds(original, borrowed, now) });
  }
}

/** A new conversation holding the source's in-context history up to and including one message. */
export async function forkConversation(
  agentId: string,
  from: ForkPoint,
  name: string | undefined,
): Promise<ConversationView> {
  return withLetta((client) =>
    oneAtATime(agentId, async () => {
      const inContext = from.conversationId
        ? ((await agentConversation(client, agentId, from.conversationId)).in_context_message_ids ?? [])
        : ((await client.agents.retrieve(agentId)).message_ids ?? []);
      const prefix = forkPrefix(inContext, from.messageId);
      if (!prefix)
        throw new AppError(
          "invalid_input",
          "That message is no longer in the agent's context (the context was reset or summarized since), so it cannot be forked from.",
          "Fork from a later message.",
        );
      const atEnd = prefix.length === inContext.length - 1;
      const forkedId = atEnd
        ? (
            await client.conversations.fork(
              from.conversationId ?? "default",
              from.conversationId ? {} : { agent_id: agentId },
            )
          ).id
        : await forkAt(client, agentId, prefix);
      const forked = name
        ? await client.conversations.update(forkedId, { summary: name })
        : await client.conversations.retrieve(forkedId);
      return toConversationView(forked, false);
    }),
  );
}
