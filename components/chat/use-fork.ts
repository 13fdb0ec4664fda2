"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/lib/query-keys";
import { chatApi } from "./chat-api";
import { useOpenConversation } from "./use-open-conversation";

const nameLength = 40;

/** A message a fork can start from: one the server holds (it has an id). */
export interface ForkTarget {
  messageId: string;
  text: string;
}

function forkName(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return `Fork: ${line.length > nameLength ? `${line.slice(0, nameLength)}…` : line}`;
}

/** Forks the open conversation at a message into a new conversation, and opens it. */
export function useFork(agentId: string, conversationId: string | null) {
  const queryClient = useQueryClient();
  const open = useOpenConversation();
  return useMutation({
    mutationFn: (item: ForkTarget) =>
      chatApi.fork(agentId, { conversationId, messageId: item.messageId }, forkName(item.text)),
    onSuccess: async (forked) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.agentConversations(agentId) });
      open(forked.id);
    },
  });
}
