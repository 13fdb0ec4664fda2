"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { queryKeys } from "@/lib/query-keys";
import { chatApi } from "./chat-api";

const defaultValue = "default";

/** Picks, creates and renames the agent's conversations; the chosen one lives in the URL. */
export function ConversationBar({ agentId, conversationId }: { agentId: string; conversationId: string | null }) {
  const router = useRouter();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const [renaming, setRenaming] = useState<string | null>(null);
  const list = useQuery({ queryKey: queryKeys.agentConversations(agentId), queryFn: () => chatApi.conversations(agentId) });

  const open = (id: string | null) => router.push(id ? `${pathname}?conversation=${encodeURIComponent(id)}` : pathname);

  const create = useMutation({
    mutationFn: () => chatApi.createConversation(agentId),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.agentConversations(agentId) });
      open(created.id);
    },
  });
  const rename = useMutation({
    mutationFn: (name: string) => chatApi.renameConversation(agentId, conversationId ?? "", name),
    onSuccess: async () => {
      setRenaming(null);
      await queryClient.invalidateQueries({ queryKey: queryKeys.agentConversations(agentId) });
    },
  });

  const conversations = list.data ?? [];
  const current = conversations.find((conversation) => conversation.id === conversationId);

  const onRename = (event: FormEvent) => {
    event.preventDefault();
    if (renaming !== null && renaming.trim()) rename.mutate(renaming.trim());
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
          {conversations.map((conversation) => (
            <option key={conversation.id} value={conversation.id}>
              {conversation.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={create.isPending} onClick={() => create.mutate()} className="rounded-md border border-zinc-300 px-2 py-1 text-xs hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800">
        New conversation
      </button>
      {conversationId && renaming === null ? (
        <button type="button" onClick={() => setRenaming(current?.name ?? "")} className="rounded-md border border-zinc-300 px-2 py-1 text-xs hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
          Rename
        </button>
      ) : null}
      {renaming !== null ? (
        <form onSubmit={onRename} aria-label="Rename conversation" className="flex items-center gap-1">
          <label className="sr-only" htmlFor="conversation-name">
            Conversation name
          </label>
          <input id="conversation-name" value={renaming} onChange={(event) => setRenaming(event.target.value)} className="rounded border border-zinc-300 bg-white px-2 py-1 text-xs dark:border-zinc-700 dark:bg-zinc-900" />
          <button type="submit" disabled={rename.isPending || !renaming.trim()} className="rounded-md bg-blue-600 px-2 py-1 text-xs text-white disabled:opacity-50">
            Save name
          </button>
          <button type="button" onClick={() => setRenaming(null)} className="rounded-md border border-zinc-300 px-2 py-1 text-xs dark:border-zinc-700">
            Cancel
          </button>
        </form>
      ) : null}
      {list.error || create.error || rename.error ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300">
          {(list.error ?? create.error ?? rename.error)?.message}
        </p>
      ) : null}
    </div>
  );
}
