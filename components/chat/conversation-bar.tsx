"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { queryKeys } from "@/lib/query-keys";
import { chatApi } from "./chat-api";
import { useOpenConversation } from "./use-open-conversation";
import { conversationsQuery } from "@/lib/chat/queries";
import { Button } from "@/components/ui/button";

// Rename, archive and restore load only for a conversation (not the agent's own history).
const ConversationControls = dynamic(() => import("./conversation-controls").then((mod) => mod.ConversationControls), {
  // Its own Suspense boundary: while the code arrives the rest of the page hydrates (and keeps what is typed).
  loading: () => null,
});

const defaultValue = "default";
/**
 * Picks, creates, renames, archives and restores the agent's conversations; the chosen one lives in the
 * URL. The agent's own history ("default") is always there and cannot be archived.
 */
export function ConversationBar({ agentId, conversationId }: { agentId: string; conversationId: string | null }) {
  const open = useOpenConversation();
  const queryClient = useQueryClient();
  const list = useQuery(conversationsQuery(agentId));
  const refreshList = () => queryClient.invalidateQueries({ queryKey: queryKeys.agentConversations(agentId) });

  const create = useMutation({
    mutationFn: () => chatApi.createConversation(agentId),
    onSuccess: async (created) => {
      await refreshList();
      open(created.id);
    },
  });
  const conversations = list.data ?? [];
  const active = conversations.filter((conversation) => !conversation.archived);
  const archived = conversations.filter((conversation) => conversation.archived);
  const current = conversations.find((conversation) => conversation.id === conversationId);

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
      {conversationId ? (
        <ConversationControls agentId={agentId} conversationId={conversationId} current={current} />
      ) : null}
      {list.error || create.error ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300">
          {(list.error ?? create.error)?.message}
        </p>
      ) : null}
    </div>
  );
}
