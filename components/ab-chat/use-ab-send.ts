"use client";

import { useCallback, useRef, useState } from "react";
import { useChatStream, type SendResult } from "@/components/chat/use-chat-stream";
import type { AbAgent } from "@/lib/ab-chat/types";
import type { Outgoing } from "@/lib/chat/rows";
import type { AppErrorBody } from "@/lib/errors";

export interface SideFailure {
  error: AppErrorBody;
  outgoing: Outgoing;
}

/**
 * One message to two agents at once: each side streams through the chat's own route and hook, and a side
 * that cannot be sent to fails alone (the other side's reply still streams).
 */
export function useAbSend(a: AbAgent, b: AbAgent) {
  const { turns: turnsA, send: sendA, stop: stopA } = useChatStream(a.id, null);
  const { turns: turnsB, send: sendB, stop: stopB } = useChatStream(b.id, null);
  const [failures, setFailures] = useState<{ a: SideFailure | null; b: SideFailure | null }>({ a: null, b: null });
  const [followSignal, setFollowSignal] = useState(0);
  const [sending, setSending] = useState(0);
  const stopping = useRef(false);

  const sendSide = useCallback(
    async (side: "a" | "b", outgoing: Outgoing): Promise<SendResult> => {
      const result = await (side === "a" ? sendA : sendB)(outgoing);
      setFailures((current) => ({ ...current, [side]: result.ok ? null : { error: result.error, outgoing } }));
      return result;
    },
    [sendA, sendB],
  );

  /** Sends to both; resolves when both replies have ended (or failed). */
  const sendBoth = useCallback(
    async (outgoing: Outgoing): Promise<[SendResult, SendResult]> => {
      stopping.current = false;
      setFollowSignal((value) => value + 1);
      setSending((count) => count + 1);
      try {
        return await Promise.all([sendSide("a", outgoing), sendSide("b", outgoing)]);
      } finally {
        setSending((count) => count - 1);
      }
    },
    [sendSide],
  );

  /** Resends to one side only (after its send failed). */
  const retrySide = useCallback(
    async (side: "a" | "b", outgoing: Outgoing) => {
      setFollowSignal((value) => value + 1);
      setSending((count) => count + 1);
      await sendSide(side, outgoing).finally(() => setSending((count) => count - 1));
    },
    [sendSide],
  );

  const stopBoth = useCallback(() => {
    stopping.current = true;
    void stopA();
    void stopB();
  }, [stopA, stopB]);

  const stopRequested = useCallback(() => stopping.current, []);

  const streaming =
    sending > 0 ||
    turnsA.some((turn) => turn.status === "streaming") ||
    turnsB.some((turn) => turn.status === "streaming");

  return {
    turnsA,
    turnsB,
    failures,
    followSignal,
    streaming,
    sendBoth,
    retrySide,
    stopBoth,
    /** Whether Stop was pressed since the last send (a replay then ends). */
    stopRequested,
  };
}
