"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useOptimisticAction } from "@/lib/actions/use-optimistic-action";
import { updateConversationAction } from "@/lib/chat/actions";
import type { ConversationView } from "@/lib/chat/conversation";
import { queryKeys } from "@/lib/query-keys";
import { chatApi } from "./chat-api";
import { useOpenConversation } from "./use-open-conversation";
import { conversationsQuery } from "@/lib/chat/queries";
import { Button } from "@/components/ui/button";

const defaultValue = "default";
/**
 * Picks, creates, renames, archives and restores the agent's conversations; the chosen one lives in the
 * URL. The agent's own history ("default") is always there and cannot be archived.
 */
export function ConversationBar({ agentId, conversationId }: { agentId: string; conversationId: string | null }) {
  const open = useOpenConversation();
  const queryClient = useQueryClient();
  const [renaming, setRenaming] = useState<string | null>(null);
  const list = useQuery(conversationsQuery(agentId));
  const refreshList = () => queryClient.invalidateQueries({ queryKey: queryKeys.agentConversations(agentId) });

  const create = useMutation({
    mutationFn: () => chatApi.createConversation(agentId),
    onSuccess: async (created) => {
      await refreshList();
      open(created.id);
    },
  });
  const update = useMutation({
    mutationFn: (change: { name?: string; archived?: boolean }) =>
      chatApi.updateConversation(agentId, conversationId ?? "", change),
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

  const conversations = list.data ?? [];
  const active = conversations.filter((conversation) => !conversation.archived);
  const archived = conversations.filter((conversation) => conversation.archived);
  const current = conversations.find((conversation) => conversation.id === conversationId);

  const onRename = (event: FormEvent) => {
    event.preventDefault();
    const name = renaming?.trim();
    if (!conversationId || !name) return;
    setRenaming(null);
    rename.mutate({ id: conversationId, name }, { onError: () => setRenaming(name) });
  };

  return (
    <div className="mr-auto flex flex-wrap items-center gap-2 text-sm">
      <label className="flex items-center gap-2">
        Conversation
        <select
          value={conversationId ?? defaultValue}
          onChange={(event) => open(event.target.value === defaultValue ? null : event.target.value)}
          className="max-w-64 rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900"
        >
          <option value={defaultValue}>Default (agent history)</option>
          {conversationId && !current ? <option value={conversationId}>{conversationId}</option> : null}
          {active.map((conversation) => (
            <option key={conversation.id} value={conversation.id}>
              {conversation.name}
            </option>
          ))}
          {archived.length > 0 ? (
            <optgroup label="Archived">
              {archived.map((conversation) => (
                <option key={conversation.id} value={conversation.id}>
                  {conversation.name} (archived)
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </label>
      <Button variant="secondary" size="sm" disabled={create.isPending} onClick={() => create.mutate()}>
        New conversation
      </Button>
      {conversationId && renaming === null ? (
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
      {list.error || create.error || update.error || rename.error ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300">
          {(list.error ?? create.error ?? update.error ?? rename.error)?.message}
        </p>
      ) : null}
    </div>
  );
}
