"use client";

import { useState } from "react";
import { describeStopReason } from "@/lib/chat/transcript";
import type { AppErrorBody } from "@/lib/errors";
import { Composer } from "./composer";
import { TranscriptItemView } from "./transcript-item";
import { useChatStream, type SentTurn } from "./use-chat-stream";

export function ChatPane({ agentId }: { agentId: string }) {
  const { turns, send, stop } = useChatStream(agentId);
  const [draft, setDraft] = useState("");
  const [failure, setFailure] = useState<{ error: AppErrorBody; text: string; role: "user" | "system" } | null>(null);
  const streaming = turns.some((turn) => turn.status === "streaming");

  const onSend = async (text: string, role: "user" | "system") => {
    setFailure(null);
    setDraft("");
    const result = await send(text, role);
    if (!result.ok) {
      setDraft((current) => (current === "" ? text : current));
      setFailure({ error: result.error, text, role });
    }
  };

  return (
    <div className="space-y-4">
      <div role="log" aria-label="Conversation" aria-live="polite" className="min-h-48 space-y-4 rounded-lg border border-zinc-200 bg-zinc-100/50 p-4 dark:border-zinc-800 dark:bg-zinc-900/50">
        {turns.length === 0 ? <p className="text-sm text-zinc-500">Send a message to start the conversation.</p> : null}
        {turns.map((turn) => (
          <TurnView key={turn.id} turn={turn} />
        ))}
      </div>
      {failure ? (
        <div role="alert" className="flex items-start gap-3 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
          <div>
            <p className="font-medium">{failure.error.message}</p>
            <p className="text-xs">{failure.error.hint} Your message is kept below.</p>
          </div>
          <button type="button" onClick={() => void onSend(failure.text, failure.role)} className="ml-auto rounded border border-red-300 px-2 py-1 text-xs">
            Retry
          </button>
        </div>
      ) : null}
      <Composer draft={draft} onDraftChange={setDraft} onSend={(text, role) => void onSend(text, role)} onStop={stop} streaming={streaming} />
    </div>
  );
}

function TurnView({ turn }: { turn: SentTurn }) {
  const { items, stopReason, usage } = turn.turn;
  return (
    <div className="flex flex-col gap-2" aria-busy={turn.status === "streaming"}>
      <TranscriptItemView item={{ kind: turn.role, key: "sent", text: turn.text }} />
      {items
        .filter((item) => item.kind !== "user")
        .map((item) => (
          <TranscriptItemView key={item.key} item={item} />
        ))}
      <p className="text-xs text-zinc-500">
        {turn.status === "streaming" ? "Streaming…" : null}
        {turn.status === "stopped" ? "Stopped by you" : null}
        {turn.status === "done" && stopReason ? describeStopReason(stopReason) : null}
        {usage ? ` · ${usage.steps} step${usage.steps === 1 ? "" : "s"}, ${usage.promptTokens} prompt + ${usage.completionTokens} completion tokens` : null}
      </p>
    </div>
  );
}
