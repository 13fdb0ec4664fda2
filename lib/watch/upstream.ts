import "server-only";
import { AppError } from "@/lib/errors";
import type { LettaConnection } from "@/lib/letta/connection";
import {
  agentBlocksNow,
  blockAgents,
  newestRuns,
  recentBlocks,
  runTranscript,
  toMemoryBlocks,
  watchedAgentIds,
} from "@/lib/letta/watch";
import type { BlockAgentRef } from "@/lib/memory/types";
import { isActive, runsChanged } from "./runs-diff";
import type { WatchEvent, WatchRun } from "./types";

/**
 * One upstream read per tick, the runs list and the blocks in turn (about 13 requests a minute idle): a change made
 * outside any run (the SDK editing a block) shows within two ticks, as a new run does.
 */
const TICK_MS = 4_500;

export interface UpstreamOptions {
  connection: LettaConnection;
  agentId: string;
  emit: (event: WatchEvent) => void;
  /** Runs whose turn the ADE relays live (or may be: a relayed turn has not said its run yet): not read again. */
  relayed: (runId: string) => boolean;
  /** False while another server polls this agent: then this one reads only when poked (and once at start). */
  leading?: () => boolean;
  tickMs?: number;
}

export interface Upstream {
  /** Re-read now instead of at the next tick (an ADE action changed something). */
  poke: (what: "blocks" | "block-agents" | "runs") => void;
  stop: () => void;
}

/**
 * The one watch of an agent on this server, while someone views it: Letta has no push, so it polls, as
 * cheaply as it can. Each tick reads the newest runs of the agent and its sleep-time agent in one
 * request, every other tick (every tick while a turn sent from outside the ADE runs); a run that started or ended
 * (or is running a turn the ADE does not relay) has its messages read and the blocks re-read; the ticks between
 * read the blocks, for changes made outside any run. Which agents use the blocks is read again only when the
 * agent's set of blocks changes.
 */
export function startUpstream(options: UpstreamOptions): Upstream {
  const { connection, agentId, emit, relayed } = options;
  const tickMs = options.tickMs ?? TICK_MS;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ids: string[] | null = null;
  let runs: WatchRun[] | null = null;
  let blocksSeen: string | null = null;
  let blockIds: string | null = null;
  let agents = new Map<string, BlockAgentRef[]>();
  let tick = 0;
  let wanted = { blocks: false, agents: false };
  let failing = false;
  let poked = false;
  /** A turn sent from outside the ADE is running: the runs are read every tick until it ends. */
  let following = false;
  /** What was last pushed of each run read while it ran, so an unchanged run is not pushed again. */
  const pushed = new Map<string, string>();

  const idsOf = (blocks: readonly { id: string }[]) =>
    blocks
      .map((block) => block.id)
      .sort()
      .join(",");
  // The page that opened the watch has just read who uses its blocks: the first read looks them up again only if
  // the set of blocks changed since.
  const recent = recentBlocks(connection, agentId);
  if (recent) {
    blockIds = idsOf(recent.blocks);
    agents = recent.agents;
  }

  const readBlocks = async () => {
    wanted.blocks = false;
    const blocks = await agentBlocksNow(connection, agentId);
    const idsNow = idsOf(blocks);
    if (idsNow !== blockIds || wanted.agents) {
      agents = await blockAgents(connection, agentId, blocks);
      blockIds = idsNow;
      wanted.agents = false;
    }
    const view = toMemoryBlocks(blocks, agents);
    const seen = JSON.stringify(view);
    if (seen !== blocksSeen) {
      blocksSeen = seen;
      emit({ type: "blocks", blocks: view });
    }
  };

  const readRuns = async () => {
    ids ??= await watchedAgentIds(connection, agentId);
    const now = await newestRuns(connection, ids);
    const previous = runs;
    runs = now;
    // Runs vanish when the agent is deleted: the blocks read then says so (404) at once.
    if (previous && previous.length > 0 && now.length === 0) wanted.blocks = true;
    // The first read is the baseline: only a run going on now is news (a page opened mid-turn).
    const changed = previous ? runsChanged(previous, now) : [];
    if (changed.length > 0) emit({ type: "runs" });
    // A turn the ADE does not relay (the SDK, another client): its messages so far, each tick it runs; shown as
    // running from the first sighting, even before its first step has saved a message.
    const reread = new Map([...changed, ...now.filter(isActive)].map((run) => [run.id, run]));
    following = false;
    for (const run of reread.values()) {
      if (run.agentId !== agentId || relayed(run.id)) continue;
      const running = isActive(run);
      following ||= running;
      const items = await runTranscript(connection, run.id);
      const seen = JSON.stringify([running, items]);
      if ((items.length === 0 && !running && !pushed.has(run.id)) || pushed.get(run.id) === seen) continue;
      pushed.set(run.id, seen);
      if (pushed.size > 50) pushed.delete(pushed.keys().next().value ?? "");
      emit({ type: "messages", conversationId: run.conversationId, runId: run.id, items, running });
    }
    return changed.length > 0;
  };

  const step = async () => {
    tick += 1;
    const asked = wanted;
    wanted = { blocks: false, agents: asked.agents };
    const runsTurn = tick % 2 === 1 || following;
    const runsMoved = runsTurn ? await readRuns() : false;
    if (!runsTurn || runsMoved || asked.blocks || wanted.blocks || asked.agents) await readBlocks();
  };

  let running = false;
  let again = false;
  const schedule = (delay: number) => {
    if (stopped) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void loop(), delay);
  };

  const loop = async () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const follow = tick > 0 && !poked && options.leading && !options.leading();
      poked = false;
      if (!follow) await step();
      failing = false;
    } catch (error) {
      if (error instanceof AppError && error.code === "not_found") {
        emit({ type: "deleted", message: "This agent was deleted." });
        stopped = true;
      } else {
        if (!failing) console.error(`The watch of agent ${agentId} could not read Letta`, error);
        failing = true;
      }
    } finally {
      running = false;
    }
    schedule(again ? 0 : tickMs);
    again = false;
  };
  schedule(0);

  return {
    poke(what) {
      if (what === "blocks") wanted.blocks = true;
      if (what === "block-agents") wanted.agents = true;
      poked = true;
      if (running) again = true;
      else schedule(0);
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
