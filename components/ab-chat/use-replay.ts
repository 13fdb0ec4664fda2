"use client";

import { useCallback, useState } from "react";
import type { SendResult } from "@/components/chat/use-chat-stream";
import { unwrap } from "@/lib/actions/result";
import { finishReplayAction, saveReplayRepliesAction, startReplayAction } from "@/lib/ab-chat/actions";
import { toSideReply } from "@/lib/ab-chat/reply";
import type { PairTests } from "@/lib/ab-chat/types";
import type { Outgoing } from "@/lib/chat/rows";
import { toErrorBody, type AppErrorBody } from "@/lib/errors";

interface ReplayDeps {
  a: string;
  b: string;
  sendBoth: (outgoing: Outgoing) => Promise<[SendResult, SendResult]>;
  stopRequested: () => boolean;
  onSaved: (pair: PairTests) => void;
}

export interface ReplayProgress {
  index: number;
  total: number;
}

/**
 * Replays the pair's dataset: each case's messages in order, case after case; each message goes to both agents
 * and waits for both replies before the next (a case of several turns continues the same conversation);
 * both replies are kept after each message, so a stop or a closed tab keeps what was answered.
 */
export function useReplay({ a, b, sendBoth, stopRequested, onSaved }: ReplayDeps) {
  const [progress, setProgress] = useState<ReplayProgress | null>(null);
  const [error, setError] = useState<AppErrorBody | null>(null);

  const run = useCallback(async () => {
    setError(null);
    // Running from the click on: a second click cannot start a second replay while the first one starts.
    setProgress({ index: 0, total: 0 });
    let replayId: string | null = null;
    let stopped = false;
    try {
      const started = await unwrap(startReplayAction({ a, b }));
      onSaved(started);
      const replay = started.replay;
      if (!replay) return;
      replayId = replay.id;
      for (const [index, message] of replay.messages.entries()) {
        setProgress({ index, total: replay.messages.length });
        const [resultA, resultB] = await sendBoth({ kind: "message", text: message.text, role: "user" });
        onSaved(
          await unwrap(
            saveReplayRepliesAction({
              a,
              b,
              replayId,
              index,
              replies: { a: toSideReply(resultA), b: toSideReply(resultB) },
            }),
          ),
        );
        if (stopRequested()) {
          stopped = true;
          break;
        }
      }
    } catch (caught) {
      setError(toErrorBody(caught));
      stopped = true;
    } finally {
      setProgress(null);
    }
    if (replayId) {
      const finished = await finishReplayAction({ a, b, replayId, stopped }).catch(() => null);
      if (finished?.ok) onSaved(finished.data);
    }
  }, [a, b, sendBoth, stopRequested, onSaved]);

  return { run, progress, error };
}
