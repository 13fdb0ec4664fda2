"use client";

import { useQueryClient } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useCallback, useMemo, useState } from "react";
import { buildRows, rowItems, type Outgoing } from "@/lib/chat/rows";
import { pendingApproval } from "@/lib/chat/transcript";
import type { AppErrorBody } from "@/lib/errors";
import { queryKeys } from "@/lib/query-keys";
import { useSleeptimeLinks } from "@/components/sleeptime/use-sleeptime-links";
import { Composer } from "./composer";
import { ConversationBar } from "./conversation-bar";
import { FirstMessages } from "./first-messages";
import { ResetMessages } from "./reset-messages";
import { preloadMessageTranscript, TranscriptList } from "./transcript-list";
import { TurnSearchStatus } from "./turn-search-status";
import { useChatHistory } from "./use-chat-history";
import { useChatStream } from "./use-chat-stream";
import { useFork } from "./use-fork";
import { useLiveTail, useWatchedTurns } from "./use-live-tail";
import { chatApi } from "./chat-api";
import { useTurnFinder } from "./use-turn-finder";
import { Button } from "@/components/ui/button";

// Shown only while the agent waits on an approval.
const ApprovalCard = dynamic(() => import("./approval-card").then((mod) => mod.ApprovalCard), {
  // Its own Suspense boundary: while the code arrives the rest of the page hydrates (and keeps what is typed).
  loading: () => null,
});

/** The chat with an agent, in its own history or one of its conversations (`conversationId`). */
export function ChatPane({ agentId, conversationId = null }: { agentId: string; conversationId?: string | null }) {
  return <ChatView key={conversationId ?? "default"} agentId={agentId} conversationId={conversationId} />;
}

function ChatView({ agentId, conversationId }: { agentId: string; conversationId: string | null }) {
  const queryClient = useQueryClient();
  const history = useChatHistory(agentId, conversationId);
  const sleeptimeLinks = useSleeptimeLinks(agentId);
  const { turns, send, stop, clear } = useChatStream(agentId, conversationId);
  const [draft, setDraft] = useState("");
  const [failure, setFailure] = useState<{ error: AppErrorBody; outgoing: Outgoing } | null>(null);
  const [followSignal, setFollowSignal] = useState(0);
  const [wasReset, setWasReset] = useState(false);
  const [stopError, setStopError] = useState<string | null>(null);
  const arrivals = useLiveTail(agentId, conversationId);
  const pushed = useWatchedTurns(agentId, conversationId);
  const fork = useFork(agentId, conversationId);
  // A watched turn that ended and is now in the loaded history (the view was reopened) shows once.
  const watched = useMemo(() => {
    const loaded = new Set(history.data?.pages.flatMap((page) => page.items.flatMap((item) => item.runId ?? [])));
    return pushed.filter(
      (turn) =>
        turn.status === "streaming" || !turn.turn.runIds.length || turn.turn.runIds.some((id) => !loaded.has(id)),
    );
  }, [pushed, history.data]);
  const watchedStreaming = watched.filter((turn) => turn.status === "streaming");
  const streaming = turns.some((turn) => turn.status === "streaming") || watchedStreaming.length > 0;

  const rows = useMemo(
    () => buildRows(history.data?.pages ?? [], [...turns, ...watched], arrivals),
    [history.data, turns, watched, arrivals],
  );

  /** Stop: this tab's own turn, else the turns others are sending (anyone allowed to chat may stop them). */
  const onStop = async () => {
    if (turns.some((turn) => turn.status === "streaming")) return stop();
    const runIds = watchedStreaming.flatMap((turn) => turn.turn.runIds);
    setStopError(null);
    try {
      await chatApi.cancel(agentId, conversationId, runIds);
    } catch (error) {
      setStopError(error instanceof Error ? error.message : "The ADE did not answer.");
    }
  };
  const waiting = useMemo(() => pendingApproval(rowItems(rows)), [rows]);

  const onSend = async (outgoing: Outgoing) => {
    setFailure(null);
    if (outgoing.kind === "message") setDraft("");
    setFollowSignal((value) => value + 1);
    const result = await send(outgoing);
    if (!result.ok) {
      if (outgoing.kind === "message") setDraft((current) => (current === "" ? outgoing.text : current));
      setFailure({ error: result.error, outgoing });
    }
  };

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = history;
  const loadOlder = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const turnSearch = useTurnFinder(agentId, conversationId, rows, {
    loaded: history.data !== undefined,
    hasOlder: hasNextPage,
    loadingOlder: isFetchingNextPage,
    loadOlder,
  });

  const onReset = async () => {
    clear();
    setWasReset(true);
    await queryClient.resetQueries({ queryKey: queryKeys.agentMessages(agentId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.agent(agentId) });
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3">
      <div className="flex shrink-0 flex-wrap items-center justify-end gap-2">
        <ConversationBar agentId={agentId} conversationId={conversationId} />
        {wasReset ? (
          <p role="status" className=" text-xs text-zinc-600 dark:text-zinc-400">
            The agent&apos;s context was reset: it no longer sees earlier messages (Letta keeps them in the history
            below).
          </p>
        ) : null}
        {conversationId ? null : <ResetMessages agentId={agentId} disabled={streaming} onReset={onReset} />}
      </div>
      {history.error ? (
        <div
          role="alert"
          className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
        >
          <p className="font-medium">Could not load the agent&apos;s messages: {history.error.message}</p>
          <Button variant="secondary" size="sm" onClick={() => void history.refetch()} className="mt-1">
            Retry loading messages
          </Button>
        </div>
      ) : null}
      {history.isPending ? <p className="text-sm text-zinc-500">Loading messages…</p> : null}
      <TurnSearchStatus search={turnSearch} />
      <TranscriptList
        agentId={agentId}
        rows={rows}
        hasOlder={hasNextPage}
        loadingOlder={isFetchingNextPage}
        onLoadOlder={loadOlder}
        followSignal={followSignal}
        sleeptimeLinks={sleeptimeLinks}
        turn={turnSearch.state === "found" ? turnSearch : null}
        {...(streaming || fork.isPending ? {} : { onFork: fork.mutate })}
      />
      {history.data && !hasNextPage && !rows.some((row) => row.kind === "item" && row.item.kind !== "system") ? (
        <FirstMessages
          onChoose={(text) => {
            preloadMessageTranscript();
            setDraft(text);
            document.getElementById("chat-message")?.focus();
          }}
        />
      ) : null}
      {fork.isPending ? (
        <p role="status" className="text-xs text-zinc-600 dark:text-zinc-400">
          Forking the conversation…
        </p>
      ) : null}
      {fork.error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          Could not fork: {fork.error.message}
        </p>
      ) : null}
      {waiting && !streaming ? (
        <ApprovalCard
          key={waiting.key}
          toolName={waiting.name}
          disabled={streaming}
          onAnswer={(approve, reason) =>
            void onSend({
              kind: "approval",
              toolCallId: waiting.toolCallId,
              approve,
              ...(reason.trim() ? { reason: reason.trim() } : {}),
            })
          }
        />
      ) : null}
      {stopError ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          Could not stop the reply: {stopError}
        </p>
      ) : null}
      {failure ? (
        <div
          role="alert"
          className="flex items-start gap-3 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
        >
          <div>
            <p className="font-medium">{failure.error.message}</p>
            <p className="text-xs">
              {failure.error.hint}
              {failure.outgoing.kind === "message" ? " Your message is kept below." : ""}
            </p>
          </div>
          <Button variant="secondary" size="sm" onClick={() => void onSend(failure.outgoing)} className="ml-auto">
            Retry
          </Button>
        </div>
      ) : null}
      <Composer
        draft={draft}
        onDraftChange={(text) => {
          preloadMessageTranscript();
          setDraft(text);
        }}
        onSend={(text, role) => void onSend({ kind: "message", text, role })}
        onStop={() => void onStop()}
        streaming={streaming}
      />
    </div>
  );
}
