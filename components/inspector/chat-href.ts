/** A turn in the chat: the agent page (in the run's conversation) at the turn's anchor. */
export function chatHref(agentId: string, runId: string, conversationId: string | null): string {
  const query = conversationId ? `?conversation=${encodeURIComponent(conversationId)}` : "";
  return `/agents/${encodeURIComponent(agentId)}${query}#turn-${runId}`;
}
