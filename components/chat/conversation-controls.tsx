"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useOptimisticAction } from "@/lib/actions/use-optimistic-action";
import { updateConversationAction } from "@/lib/chat/actions";
import type { ConversationView } from "@/lib/chat/conversation";
import { queryKeys } from "@/lib/query-keys";
import { Button } from "@/components/ui/button";
import { chatApi } from "./chat-api";
import { useOpenConversation } from "./use-open-conversation";

interface ConversationControlsProps {
  agentId: string;
  conversationId: string;
  /** The conversation as the list holds it (absent while the list loads). */
  current: ConversationView | undefined;
}

/** Renames, archives and restores the open conversation (not the agent's own history). */
export function ConversationControls({ agentId, conversationId, current }: ConversationControlsProps) {
  const open = useOpenConversation();
  const queryClient = useQueryClient();
  const [renaming, setRenaming] = useState<string | null>(null);
  const refreshList = () => queryClient.invalidateQueries({ queryKey: queryKeys.agentConversations(agentId) });
  const update = useMutation({
    mutationFn: (change: { name?: string; archived?: boolean }) =>
      chatApi.updateConversation(agentId, conversationId, change),
    onSuccess: async (updated, change) => {
      setRenaming(null);
      await refreshList();
      if (change.archived) open(null);
      else if (change.archived === false) open(updated.id);
    },
  });

  // A rename shows at once; a refusal puts the old name back and reopens the field with what was typed.
  const rename = useOptimisticAction({
    queryKey: queryKeys.agentConversations(agentId),
    action: ({ id, name }: { id: string; name: string }) =>
      updateConversationAction({ agentId, conversationId: id, name }),
    apply: (conversations: ConversationView[], { id, name }) =>
      conversations.map((conversation) => (conversation.id === id ? { ...conversation, name } : conversation)),
  });

  const onRename = (event: FormEvent) => {
    event.preventDefault();
    const name = renaming?.trim();
    if (!name) return;
    setRenaming(null);
    rename.mutate({ id: conversationId, name }, { onError: () => setRenaming(name) });
  };

  return (
    <>
      {renaming === null ? (
        <>
          <Button variant="secondary" size="sm" onClick={() => setRenaming(current?.name ?? "")}>
            Rename
          </Button>
          {current?.archived ? (
            <Button
              variant="secondary"
              size="sm"
              disabled={update.isPending}
              onClick={() => update.mutate({ archived: false })}
            >
              Restore conversation
            </Button>
          ) : (
            <Button
              variant="secondary"
              size="sm"
              disabled={update.isPending || !current}
              onClick={() => update.mutate({ archived: true })}
            >
              Archive conversation
            </Button>
          )}
        </>
      ) : null}
      {current?.archived ? (
        <span className="text-xs text-zinc-600 dark:text-zinc-400">Archived: hidden from the list until restored.</span>
      ) : null}
      {renaming !== null ? (
        <form onSubmit={onRename} aria-label="Rename conversation" className="flex items-center gap-1">
          <label className="sr-only" htmlFor="conversation-name">
            Conversation name
          </label>
          <input
            id="conversation-name"
            value={renaming}
            onChange={(event) => setRenaming(event.target.value)}
            className="rounded border border-zinc-300 bg-white px-2 py-1 text-xs dark:border-zinc-700 dark:bg-zinc-900"
          />
          <Button variant="primary" size="sm" type="submit" disabled={update.isPending || !renaming.trim()}>
            Save name
          </Button>
          <Button variant="secondary" size="sm" onClick={() => setRenaming(null)}>
            Cancel
          </Button>
        </form>
      ) : null}
      {update.error || rename.error ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300">
          {(update.error ?? rename.error)?.message}
        </p>
      ) : null}
    </>
  );
}
