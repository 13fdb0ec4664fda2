"use client";

import { useCallback, useRef, useState } from "react";
import { decodeChatEvents } from "@/lib/chat/events";
import { applyChatEvent, emptyTurn, type Turn } from "@/lib/chat/transcript";
import { AppError, isAppErrorBody, type AppErrorBody } from "@/lib/errors";

export interface SentTurn {
  id: number;
  role: "user" | "system";
  text: string;
  turn: Turn;
  status: "streaming" | "done" | "stopped";
}

export type SendResult = { ok: true } | { ok: false; error: AppErrorBody };

/** Sends messages to an agent through the ADE's streaming route and folds the stream into turns. */
export function useChatStream(agentId: string) {
  const [turns, setTurns] = useState<SentTurn[]>([]);
  const controller = useRef<AbortController | null>(null);
  const nextId = useRef(0);

  const update = useCallback((id: number, change: (turn: SentTurn) => SentTurn) => {
    setTurns((current) => current.map((turn) => (turn.id === id ? change(turn) : turn)));
  }, []);

  const send = useCallback(
    async (text: string, role: "user" | "system"): Promise<SendResult> => {
      const abort = new AbortController();
      controller.current = abort;
      let response: Response;
      try {
        response = await fetch(`/api/agents/${encodeURIComponent(agentId)}/messages`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ text, role }),
          signal: abort.signal,
        });
        if (!response.ok || !response.body) {
          return { ok: false, error: await readError(response) };
        }
      } catch (error) {
        return { ok: false, error: toErrorBody(error) };
      }

      const id = nextId.current++;
      setTurns((current) => [...current, { id, role, text, turn: emptyTurn, status: "streaming" }]);
      try {
        for await (const event of decodeChatEvents(response.body)) {
          update(id, (sent) => ({ ...sent, turn: applyChatEvent(sent.turn, event) }));
        }
        update(id, (sent) => ({ ...sent, status: "done" }));
      } catch (error) {
        if (abort.signal.aborted) {
          update(id, (sent) => ({ ...sent, status: "stopped" }));
        } else {
          update(id, (sent) => ({
            ...sent,
            status: "done",
            turn: applyChatEvent(sent.turn, { type: "error", error: toErrorBody(error) }),
          }));
        }
      } finally {
        if (controller.current === abort) controller.current = null;
      }
      return { ok: true };
    },
    [agentId, update],
  );

  const stop = useCallback(() => controller.current?.abort(), []);

  return { turns, send, stop };
}

async function readError(response: Response): Promise<AppErrorBody> {
  const body: unknown = await response.json().catch(() => undefined);
  const error = typeof body === "object" && body !== null ? (body as { error?: unknown }).error : undefined;
  if (isAppErrorBody(error)) return error;
  return { code: "server_error", message: `The ADE answered ${response.status}.`, hint: "Try again." };
}

function toErrorBody(error: unknown): AppErrorBody {
  if (error instanceof AppError) return error.toJSON();
  return {
    code: "unreachable",
    message: "The message could not be sent: the connection to the ADE failed.",
    hint: "Check that the ADE is running, then retry.",
  };
}
