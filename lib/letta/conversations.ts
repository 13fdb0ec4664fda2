import "server-only";
import type { Conversation } from "@letta-ai/letta-client/resources/conversations/conversations";
import type { ConversationView } from "@/lib/chat/conversation";
import { withLetta } from "./client";

function toView(conversation: Conversation): ConversationView {
  return { id: conversation.id, name: conversation.summary?.trim() || `Conversation ${conversation.id.slice(-6)}`, createdAt: conversation.created_at ?? null };
}

/** The agent's conversations besides its default history, newest first. */
export async function listConversations(agentId: string): Promise<ConversationView[]> {
  const list = await withLetta((client) => client.conversations.list({ agent_id: agentId, limit: 100 }));
  return list.filter((conversation) => !conversation.archived).map(toView);
}

export async function createConversation(agentId: string, name: string | undefined): Promise<ConversationView> {
  return toView(await withLetta((client) => client.conversations.create({ agent_id: agentId, ...(name ? { summary: name } : {}) })));
}

export async function renameConversation(conversationId: string, name: string): Promise<ConversationView> {
  return toView(await withLetta((client) => client.conversations.update(conversationId, { summary: name })));
}
