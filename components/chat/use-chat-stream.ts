"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { decodeChatEvents } from "@/lib/chat/events";
import type { LiveTurn, Outgoing, TurnStatus } from "@/lib/chat/rows";
import { applyChatEvent, emptyTurn, type Turn } from "@/lib/chat/transcript";
import { type AppErrorBody, toErrorBody } from "@/lib/errors";
import { errorOfResponse } from "@/lib/fetch-json";
import { queryKeys } from "@/lib/query-keys";
import { chatApi } from "./chat-api";

/** A sent turn as it ended (`turn`: what streamed), or why it could not be sent. */
export type SendResult =
  | { ok: true; turn: Turn; status: Exclude<TurnStatus, "streaming">; durationMs: number }
  | { ok: false; error: AppErrorBody };

/** Sends messages and approval answers through the ADE's streaming route and folds each stream into a turn. */
export function useChatStream(agentId: string, conversationId: string | null) {
  const queryClient = useQueryClient();
  const [turns, setTurns] = useState<LiveTurn[]>([]);
  const active = useRef<{ id: number; abort: AbortController; runIds: string[] } | null>(null);
  const nextId = useRef(0);

  // Leaving the view (another conversation, another page) aborts the stream, and with it the ADE's
  // request to Letta, as closing the tab does.
  useEffect(() => {
    const streams = active;
    return () => streams.current?.abort.abort();
  }, []);

  const update = useCallback((id: number, change: (turn: LiveTurn) => LiveTurn) => {
    setTurns((current) => current.map((turn) => (turn.id === id ? change(turn) : turn)));
  }, []);

  /** A lost connection to Letta: the header's indicator checks the server now rather than at its next poll. */
  const noticeOutage = useCallback(
    (error: AppErrorBody) => {
      if (error.code === "unreachable") void queryClient.invalidateQueries({ queryKey: queryKeys.serverStatus() });
    },
    [queryClient],
  );

  const send = useCallback(
    async (outgoing: Outgoing): Promise<SendResult> => {
      const abort = new AbortController();
      let response: Response;
      try {
        response = await chatApi.send(agentId, conversationId, outgoing, abort.signal);
        if (!response.ok || !response.body) {
          const error = (await errorOfResponse(response)).toJSON();
          noticeOutage(error);
          return { ok: false, error };
        }
      } catch (error) {
        return { ok: false, error: toErrorBody(error, connectionLost) };
      }

      const id = nextId.current++;
      const current = { id, abort, runIds: [] as string[] };
      const at = Date.now();
      // The turn as it streams, also kept here to answer the caller with once it ends.
      let folded = emptyTurn;
      active.current = current;
      setTurns((list) => [...list, { id, at, outgoing, turn: emptyTurn, status: "streaming" }]);
      try {
        for await (const event of decodeChatEvents(response.body)) {
          if (event.type === "run") current.runIds.push(event.runId);
          if (event.type === "error") noticeOutage(event.error);
          folded = applyChatEvent(folded, event);
          update(id, (turn) => ({ ...turn, turn: applyChatEvent(turn.turn, event) }));
        }
        const endedAt = Date.now();
        update(id, (turn) => (turn.status === "stopped" ? { ...turn, endedAt } : { ...turn, status: "done", endedAt }));
      } catch (error) {
        const endedAt = Date.now();
        if (!abort.signal.aborted) {
          const failed = { type: "error", error: toErrorBody(error, connectionLost) } as const;
          folded = applyChatEvent(folded, failed);
          update(id, (turn) => ({ ...turn, status: "done", endedAt, turn: applyChatEvent(turn.turn, failed) }));
        } else update(id, (turn) => ({ ...turn, endedAt }));
      } finally {
        if (active.current === current) active.current = null;
        // The agent may have changed its memory or tools during the turn.
        void queryClient.invalidateQueries({ queryKey: queryKeys.agent(agentId) });
      }
      return { ok: true, turn: folded, status: abort.signal.aborted ? "stopped" : "done", durationMs: Date.now() - at };
    },
    [agentId, conversationId, update, queryClient, noticeOutage],
  );

  /** Stops reading the stream and cancels the run on the server; what arrived so far stays. */
  const stop = useCallback(async () => {
    const current = active.current;
    if (!current) return;
    update(current.id, (turn) => ({ ...turn, status: "stopped" }));
    current.abort.abort();
    try {
      await chatApi.cancel(agentId, conversationId, current.runIds);
    } catch (error) {
      update(current.id, (turn) => ({
        ...turn,
        turn: applyChatEvent(turn.turn, {
          type: "error",
          error: {
            ...toErrorBody(error, connectionLost),
            hint: "The run may still be going on the server; check the agent's runs.",
          },
        }),
      }));
    }
  }, [agentId, conversationId, update]);

  const clear = useCallback(() => setTurns([]), []);

  return { turns, send, stop, clear };
}

/** What a turn says when the connection to the ADE itself failed. */
const connectionLost: AppErrorBody = {
  code: "unreachable",
  message: "The message could not be sent: the connection to the ADE failed.",
  hint: "Check that the ADE is running, then retry.",
};
