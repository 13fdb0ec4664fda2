"use server";

import { runAction } from "@/lib/actions/run-action";
import { createConversation, updateConversation } from "@/lib/letta/conversations";
import { forkConversation } from "@/lib/letta/fork";
import { resetMessages } from "@/lib/letta/messages";
import { createConversationInput, forkConversationInput, resetMessagesInput, updateConversationInput } from "./schema";

export async function createConversationAction(input: unknown) {
  return runAction(createConversationInput, input, ({ agentId, name }) => createConversation(agentId, name));
}

/** Renames, archives or restores a conversation. */
export async function updateConversationAction(input: unknown) {
  return runAction(updateConversationInput, input, ({ agentId, conversationId, ...change }) =>
    updateConversation(agentId, conversationId, change),
  );
}

/** A new conversation that starts with the messages up to (and including) the chosen one. */
export async function forkConversationAction(input: unknown) {
  return runAction(forkConversationInput, input, ({ agentId, conversationId, messageId, name }) =>
    forkConversation(agentId, { conversationId: conversationId ?? null, messageId }, name),
  );
}

/** Clears the agent's message history. */
export async function resetMessagesAction(input: unknown) {
  return runAction(resetMessagesInput, input, async ({ agentId }) => {
    await resetMessages(agentId);
    return null;
  });
}
