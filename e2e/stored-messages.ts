import type Letta from "@letta-ai/letta-client";
import type { Message } from "@letta-ai/letta-client/resources/agents/messages";
import { expect } from "@playwright/test";

export type StoredMessage = Message;

interface Where {
  /** A conversation's messages instead of the agent's own history. */
  conversationId?: string;
  limit?: number;
}

/** The newest messages Letta holds for an agent (or one of its conversations), newest first. */
export async function storedMessages(letta: Letta, agentId: string, where: Where = {}): Promise<StoredMessage[]> {
  const limit = where.limit ?? 20;
  const page = where.conversationId
    ? await letta.conversations.messages.list(where.conversationId, { limit, order: "desc" })
    : await letta.agents.messages.list(agentId, { limit, order: "desc", conversation_id: "default" });
  return page.getPaginatedItems();
}

/**
 * Waits until Letta holds a message that `matches`. What shows on screen may not be stored yet (a reply
 * streams before its run ends, and Letta writes a turn's messages as the run finishes), so a single read
 * right after a stream or an action is a race: poll the server until the state is there.
 */
export async function expectStored(
  letta: Letta,
  agentId: string,
  description: string,
  matches: (message: StoredMessage) => boolean,
  where: Where & { timeout?: number } = {},
): Promise<StoredMessage[]> {
  let held: StoredMessage[] = [];
  await expect
    .poll(
      async () => {
        held = await storedMessages(letta, agentId, where);
        return held.some(matches);
      },
      { message: `Letta holds ${description}`, timeout: where.timeout ?? 30_000 },
    )
    .toBe(true);
  return held;
}

/** Waits until Letta holds the agent's reply with exactly this text. */
export function expectStoredReply(
  letta: Letta,
  agentId: string,
  text: string,
  where: Where & { timeout?: number } = {},
): Promise<StoredMessage[]> {
  return expectStored(
    letta,
    agentId,
    `the reply "${text}"`,
    (message) => message.message_type === "assistant_message" && message.content === text,
    where,
  );
}
