import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { LettaConnection } from "@/lib/letta/connection";
import { AgentLog } from "./agent-log";
import { onCarrierGap, watchCarrier } from "./carrier-choice";
import type { WatchCarrier } from "./carrier";
import { startUpstream, type Upstream } from "./upstream";
import type { NumberedWatchEvent, WatchEvent } from "./types";

type TurnEvent = Extract<WatchEvent, { type: "turn_start" | "turn_event" | "turn_end" }>;

/** What one server tells the others (and itself) through the carrier. */
type CarrierMessage =
  | { kind: "turn"; key: string; event: TurnEvent }
  /** Something of the agent changed (an ADE action, or what the leading server's watch saw): re-read it now. */
  | { kind: "poke"; key: string; what: "blocks" | "runs"; from?: string }
  /** A server watches the agent upstream (sent every HEARTBEAT_MS), or stopped (`on: false`). */
  | { kind: "watching"; key: string; instance: string; on: boolean }
  /** A block changed (`agents`: it was attached or detached): whoever shows it re-reads it. */
  | { kind: "block"; connection: string; blockId: string; agents: boolean }
  | { kind: "deleted"; key: string };

interface Viewer {
  tabId: string;
  send: (event: NumberedWatchEvent) => void;
  close: () => void;
}

interface AgentWatch {
  key: string;
  log: AgentLog;
  viewers: Set<Viewer>;
  upstream: Upstream | null;
  /** Runs whose turn reached this server through the relay. */
  relayedRuns: Set<string>;
  blockIds: Set<string>;
  /** The turn each relayed run belongs to, so its sender's tab is not sent its own turn. */
  turnTabs: Map<string, string>;
  idleTimer?: ReturnType<typeof setTimeout>;
  /** Other servers watching the agent upstream, with when each last said so. */
  peers: Map<string, number>;
  heartbeat?: ReturnType<typeof setInterval>;
  hinting?: boolean;
}

/** How long an agent stays watched after its last viewer left (a reload reconnects within it). */
const LINGER_MS = 15_000;
/** How often a server says it watches an agent; a server not heard from for PEER_TTL_MS is gone. */
const HEARTBEAT_MS = 20_000;
const PEER_TTL_MS = 50_000;

/** A connection's identity across servers: the same Letta server and project on every ADE. */
function connectionKey(connection: LettaConnection): string {
  return createHash("sha256")
    .update(`${connection.baseUrl}\n${connection.projectId ?? ""}`)
    .digest("base64url")
    .slice(0, 16);
}

function watchKey(connection: LettaConnection, agentId: string): string {
  return `${connectionKey(connection)}/${agentId}`;
}

/**
 * The server's watches: one per agent someone views (whatever the number of tabs), each with one
 * upstream poll of Letta (lib/watch/upstream.ts), fanned out to every viewer's stream. Turns sent through
 * the ADE and hints from ADE actions travel through the carrier, so viewers on other servers get them.
 */
class WatchHub {
  readonly instance = randomUUID().slice(0, 8);
  private readonly watches = new Map<string, AgentWatch>();
  /** Numbers this server's agent logs: an event id names its log, so a tab never resumes from another's. */
  private logs = 0;
  private listening: Promise<void> | null = null;

  constructor(private readonly carrier: () => Promise<WatchCarrier>) {}

  /** Starts carrying this server's share of the carrier's messages (once). */
  listen(): Promise<void> {
    this.listening ??= this.carrier()
      .then((carrier) => carrier.subscribe((message) => this.receive(message)))
      // Messages may have been lost while the bus reconnected: every watch reads Letta again.
      .then(() => onCarrierGap(() => this.watches.forEach((watch) => watch.upstream?.poke("block-agents"))))
      .catch((error: unknown) => {
        this.listening = null;
        throw error;
      });
    return this.listening;
  }

  async publish(message: CarrierMessage): Promise<void> {
    await this.listen();
    await (await this.carrier()).publish(JSON.stringify(message));
  }

  /**
   * Adds a tab's stream to the agent's watch (starting the upstream poll if it is the first) and sends it
   * what it missed: the events after `lastEventId` when this server still has them, else the turns
   * streaming now. Returns the function that removes it.
   */
  async view(connection: LettaConnection, agentId: string, viewer: Viewer, lastEventId: string | null) {
    await this.listen();
    const watch = this.watchOf(watchKey(connection, agentId));
    if (watch.idleTimer) clearTimeout(watch.idleTimer);
    watch.idleTimer = undefined;
    const missed = lastEventId ? watch.log.since(lastEventId) : null;
    const hello = { id: watch.log.lastId(), event: { type: "hello", resumed: missed !== null } } as const;
    viewer.send(hello);
    if (missed) for (const entry of missed) this.deliver(watch, viewer, entry);
    else
      for (const event of watch.log.activeTurns())
        this.deliver(watch, viewer, { id: hello.id, event } satisfies NumberedWatchEvent);
    watch.viewers.add(viewer);
    if (!watch.upstream) {
      watch.upstream = startUpstream({
        connection,
        agentId,
        emit: (event) => {
          this.emit(watch, event);
          if (this.leads(watch)) this.hint(watch);
        },
        relayed: (runId) => watch.relayedRuns.has(runId) || watch.log.awaitsRun(),
        leading: () => this.leads(watch),
      });
      this.announce(watch, true);
      watch.heartbeat = setInterval(() => this.announce(watch, true), HEARTBEAT_MS);
    }
    return () => {
      watch.viewers.delete(viewer);
      if (watch.viewers.size > 0) return;
      watch.idleTimer = setTimeout(() => this.idle(watch), LINGER_MS);
    };
  }

  /** Stops the upstream poll of an agent nobody views; keeps the entry while one of its turns streams. */
  private idle(watch: AgentWatch) {
    if (watch.viewers.size > 0) return;
    this.stopUpstream(watch);
    if (!watch.log.hasActiveTurns()) this.watches.delete(watch.key);
  }

  private stopUpstream(watch: AgentWatch) {
    if (!watch.upstream) return;
    watch.upstream.stop();
    watch.upstream = null;
    clearInterval(watch.heartbeat);
    this.announce(watch, false);
  }

  /**
   * With several servers watching one agent, the one with the smallest instance id polls Letta while
   * idle; the others read only when it tells them something changed (so an idle agent costs Letta the
   * same on two servers as on one). A server not heard from lately no longer counts.
   */
  private leads(watch: AgentWatch, now = Date.now()): boolean {
    for (const [instance, seen] of watch.peers) {
      if (now - seen > PEER_TTL_MS) watch.peers.delete(instance);
      else if (instance < this.instance) return false;
    }
    return true;
  }

  private announce(watch: AgentWatch, on: boolean) {
    this.publish({ kind: "watching", key: watch.key, instance: this.instance, on }).catch((error: unknown) =>
      console.error("Could not tell the other ADE servers about a watch", error),
    );
  }

  /** Tells the other servers' watches of the agent (once per burst of events) to read what changed. */
  private hint(watch: AgentWatch) {
    if (watch.hinting || watch.peers.size === 0) return;
    watch.hinting = true;
    setTimeout(() => {
      watch.hinting = false;
      this.publish({ kind: "poke", key: watch.key, what: "blocks", from: this.instance }).catch((error: unknown) =>
        console.error("Could not tell the other ADE servers of a change", error),
      );
    }, 0);
  }

  private watchOf(key: string): AgentWatch {
    let watch = this.watches.get(key);
    if (!watch) {
      watch = {
        key,
        log: new AgentLog(`${this.instance}-${(this.logs += 1)}`),
        viewers: new Set(),
        upstream: null,
        relayedRuns: new Set(),
        blockIds: new Set(),
        turnTabs: new Map(),
        peers: new Map(),
      };
      this.watches.set(key, watch);
    }
    return watch;
  }

  private emit(watch: AgentWatch, event: WatchEvent) {
    if (event.type === "blocks") watch.blockIds = new Set(event.blocks.map((block) => block.id));
    if (event.type === "turn_start") {
      watch.turnTabs.set(event.turnId, event.tabId);
      // Kept past the turn's end (a resumed tab replays it); the oldest go first.
      if (watch.turnTabs.size > 200) watch.turnTabs.delete(watch.turnTabs.keys().next().value ?? "");
    }
    if (event.type === "turn_event" && event.event.type === "run") watch.relayedRuns.add(event.event.runId);
    const entry = watch.log.append(event);
    for (const viewer of watch.viewers) this.deliver(watch, viewer, entry);
    if (event.type === "deleted") {
      for (const viewer of watch.viewers) viewer.close();
      watch.viewers.clear();
      this.stopUpstream(watch);
      this.watches.delete(watch.key);
    }
    if (!watch.upstream && watch.viewers.size === 0 && !watch.log.hasActiveTurns()) this.watches.delete(watch.key);
  }

  /** Sends an event to one tab, except the pieces of a turn that tab is streaming itself. */
  private deliver(watch: AgentWatch, viewer: Viewer, entry: NumberedWatchEvent) {
    const event = entry.event;
    const turnId =
      event.type === "turn_start" || event.type === "turn_event" || event.type === "turn_end" ? event.turnId : null;
    if (turnId && (event.type === "turn_start" ? event.tabId : watch.turnTabs.get(turnId)) === viewer.tabId) return;
    viewer.send(entry);
  }

  private receive(raw: string) {
    let message: CarrierMessage;
    try {
      message = JSON.parse(raw) as CarrierMessage;
    } catch {
      return;
    }
    if (message.kind === "turn") this.emit(this.watchOf(message.key), message.event);
    else if (message.kind === "poke") {
      if (message.from !== this.instance) this.watches.get(message.key)?.upstream?.poke(message.what);
    } else if (message.kind === "watching") {
      const watch = this.watches.get(message.key);
      if (!watch || message.instance === this.instance) return;
      const known = watch.peers.has(message.instance);
      if (!message.on) watch.peers.delete(message.instance);
      else watch.peers.set(message.instance, Date.now());
      // A server that just started watching learns of this one at once, not at the next heartbeat.
      if (message.on && !known && watch.upstream) this.announce(watch, true);
    } else if (message.kind === "deleted") {
      const watch = this.watches.get(message.key);
      if (watch) this.emit(watch, { type: "deleted", message: "This agent was deleted." });
    } else
      for (const watch of this.watches.values())
        if (watch.key.startsWith(`${message.connection}/`) && watch.blockIds.has(message.blockId))
          watch.upstream?.poke(message.agents ? "block-agents" : "blocks");
  }

  /** Relays a turn sent through this server to every viewer of the agent, here and on other servers. */
  relay(connection: LettaConnection, agentId: string, event: TurnEvent): void {
    this.publish({ kind: "turn", key: watchKey(connection, agentId), event }).catch((error: unknown) =>
      console.error("Could not relay a turn to its watchers", error),
    );
  }

  /** Tells every server's watch of the agent that an ADE action changed it. */
  poke(connection: LettaConnection, agentId: string, what: "blocks" | "runs" | "deleted"): void {
    const key = watchKey(connection, agentId);
    const message: CarrierMessage = what === "deleted" ? { kind: "deleted", key } : { kind: "poke", key, what };
    this.publish(message).catch((error: unknown) => console.error("Could not tell the watchers of a change", error));
  }

  /** Tells every watch showing the block that it changed (`agents`: who uses it changed). */
  blockChanged(connection: LettaConnection, blockId: string, agents: boolean): void {
    this.publish({ kind: "block", connection: connectionKey(connection), blockId, agents }).catch((error: unknown) =>
      console.error("Could not tell the watchers of a block change", error),
    );
  }
}

const globalHub = globalThis as typeof globalThis & { __adeWatchHub?: WatchHub };

/** The server's one hub (kept on globalThis: Next.js may load this module more than once). */
export function watchHub(): WatchHub {
  globalHub.__adeWatchHub ??= new WatchHub(watchCarrier);
  return globalHub.__adeWatchHub;
}
