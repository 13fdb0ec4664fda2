import type { Arrival, LiveTurn } from "@/lib/chat/rows";
import { applyChatEvent, emptyTurn } from "@/lib/chat/transcript";
import type { Sender, WatchEvent } from "./types";

/** A turn someone else sent through the ADE, as this tab watches it stream. */
export type WatchedTurn = LiveTurn & { id: string; from: string };

export function senderLabel(sender: Sender): string {
  return sender ? `Sent by ${sender}` : "Sent from another tab";
}

/** Folds one relayed piece of a turn into the conversation's watched turns. */
export function applyWatchEvent(
  turns: readonly WatchedTurn[],
  event: Extract<WatchEvent, { type: "turn_start" | "turn_event" | "turn_end" }>,
  now = Date.now(),
): WatchedTurn[] {
  switch (event.type) {
    case "turn_start":
      // Sent again whole when a tab reconnects and cannot resume: the turn starts over from its first piece.
      return [
        ...turns.filter((turn) => turn.id !== event.turnId),
        {
          id: event.turnId,
          at: now,
          outgoing: event.outgoing,
          turn: emptyTurn,
          status: "streaming",
          from: senderLabel(event.sender),
        },
      ];
    case "turn_event":
      return turns.map((turn) => {
        if (turn.id !== event.turnId) return turn;
        const next = { ...turn, turn: applyChatEvent(turn.turn, event.event) };
        // Stopped by someone (maybe another watcher): over at once, and its footer says "Stopped", not "by you".
        const cancelled = event.event.type === "stop" && event.event.reason === "cancelled";
        return cancelled && turn.status === "streaming" ? { ...next, status: "done", endedAt: now } : next;
      });
    case "turn_end":
      return turns.map((turn) =>
        turn.id === event.turnId && turn.status === "streaming" ? { ...turn, status: "done", endedAt: now } : turn,
      );
  }
}

/** Adds (or, for a run still going, replaces) one run's messages among the arrivals of a conversation. */
export function mergeArrival(arrivals: readonly Arrival[], arrival: Arrival): Arrival[] {
  const index = arrivals.findIndex((known) => known.runId !== null && known.runId === arrival.runId);
  if (index < 0) return [...arrivals, arrival];
  const next = arrivals.slice();
  next[index] = { ...arrival, at: arrivals[index]?.at ?? arrival.at };
  return next;
}
