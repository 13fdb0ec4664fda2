import "server-only";
import { randomUUID } from "node:crypto";
import type { ChatEvent } from "@/lib/chat/events";
import type { Outgoing } from "@/lib/chat/rows";
import type { LettaConnection } from "@/lib/letta/connection";
import { watchHub } from "./hub";
import type { Sender } from "./types";

export interface RelayedTurn {
  connection: LettaConnection;
  agentId: string;
  conversationId: string | null;
  /** The sending tab (it streams the turn itself and is not sent it again). */
  tabId: string;
  sender: Sender;
  outgoing: Outgoing;
}

/** Passes a turn's events through to its sender while relaying each to every other viewer of the agent. */
export async function* relayTurn(turn: RelayedTurn, events: AsyncGenerator<ChatEvent>): AsyncGenerator<ChatEvent> {
  const hub = watchHub();
  const turnId = randomUUID();
  const { connection, agentId } = turn;
  hub.relay(connection, agentId, {
    type: "turn_start",
    turnId,
    tabId: turn.tabId,
    sender: turn.sender,
    conversationId: turn.conversationId,
    outgoing: turn.outgoing,
  });
  try {
    for await (const event of events) {
      hub.relay(connection, agentId, { type: "turn_event", turnId, event });
      yield event;
    }
  } finally {
    hub.relay(connection, agentId, { type: "turn_end", turnId });
    hub.poke(connection, agentId, "runs");
  }
}
