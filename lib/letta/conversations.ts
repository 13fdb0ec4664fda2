import "server-only";
import type Letta from "@letta-ai/letta-client";
import type { Conversation } from "@letta-ai/letta-client/resources/conversations/conversations";
import { archivedConversations, setConversationArchived } from "@/lib/chat/archive-store";
import type { ConversationView } from "@/lib/chat/conversation";
import { AppError } from "@/lib/errors";
import { withLetta } from "./client";
import type { LettaConnection } from "./connection";

export function toConversationView(conversation: Conversation, archivedHere: boolean): ConversationView {
  return {
    id: conversation.id,
    name: conversation.summary?.trim() || `Conversation ${conversation.id.slice(-6)}`,
    createdAt: conversation.created_at ?? null,
    archived: typeof conversation.archived === "boolean" ? conversation.archived : archivedHere,
  };
}

/** Which server the ADE's archive list belongs to. */
function serverKey(connection: LettaConnection): string {
  return connection.projectId ? `${connection.baseUrl}#${connection.projectId}` : connection.baseUrl;
}

/** Newer servers archive conversations themselves and say so in an `archived` field; 0.16.8 has none. */
function serverArchives(conversation: Conversation): boolean {
  return typeof conversation.archived === "boolean";
}

/** A conversation of this agent, or not_found (a conversation of another agent is not this agent's). */
export async function agentConversation(client: Letta, agentId: string, conversationId: string): Promise<Conversation> {
  const conversation = await client.conversations.retrieve(conversationId);
  if (conversation.agent_id !== agentId)
    throw new AppError("not_found", "This agent has no such conversation.", "Pick one of the agent's conversations.");
  return conversation;
}

/** The agent's conversations besides its default history, newest first, archived ones included and marked. */
export async function listConversations(agentId: string): Promise<ConversationView[]> {
  return withLetta(async (client, connection) => {
    const [list, archivedHere] = await Promise.all([
      client.conversations.list({ agent_id: agentId, limit: 100, archive_status: "all" }),
      archivedConversations(serverKey(connection)),
    ]);
    return list.map((conversation) => toConversationView(conversation, conversation.id in archivedHere));
  });
}

export async function createConversation(agentId: string, name: string | undefined): Promise<ConversationView> {
  return toConversationView(
    await withLetta((client) => client.conversations.create({ agent_id: agentId, ...(name ? { summary: name } : {}) })),
    false,
  );
}

export async function updateConversation(
  agentId: string,
  conversationId: string,
  change: { name?: string; archived?: boolean },
): Promise<ConversationView> {
  return withLetta(async (client, connection) => {
    let conversation = await agentConversation(client, agentId, conversationId);
    const useServerArchive = change.archived !== undefined && serverArchives(conversation);
    if (change.name !== undefined || useServerArchive) {
      conversation = await client.conversations.update(conversationId, {
        ...(change.name !== undefined ? { summary: change.name } : {}),
        ...(useServerArchive ? { archived: change.archived } : {}),
      });
    }
    if (change.archived !== undefined && !useServerArchive)
      await setConversationArchived(serverKey(connection), conversationId, change.archived);
    const archivedHere = change.archived ?? conversationId in (await archivedConversations(serverKey(connection)));
    return toConversationView(conversation, archivedHere);
  });
}
