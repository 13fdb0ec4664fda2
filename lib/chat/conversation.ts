/** One of an agent's conversations, as the browser sees it. The agent's own history is `null`. */
export interface ConversationView {
  id: string;
  name: string;
  createdAt: string | null;
  archived: boolean;
}

/** Where a fork starts: a message of the agent's own history (`conversationId` null) or of a conversation. */
export interface ForkPoint {
  conversationId: string | null;
  messageId: string;
}

/**
 * The in-context messages a fork at `messageId` keeps: the source's, up to and including that message,
 * without the source's system message (the fork gets its own). Null when the message is not in context.
 */
export function forkPrefix(inContextIds: readonly string[], messageId: string): string[] | null {
  const index = inContextIds.indexOf(messageId);
  if (index < 1) return null;
  return inContextIds.slice(1, index + 1);
}

/**
 * The agent's in-context list to restore after a fork borrowed it: the original list, plus whatever the
 * server appended to the borrowed one meanwhile (a message that arrived during the fork is kept).
 */
export function restoredMessageIds(
  original: readonly string[],
  borrowed: readonly string[],
  now: readonly string[],
): string[] {
  const extendsBorrowed = borrowed.every((id, index) => now[index] === id);
  const appended = extendsBorrowed ? now.slice(borrowed.length) : [];
  return [...original, ...appended.filter((id) => !original.includes(id))];
}
