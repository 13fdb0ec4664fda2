import "server-only";
import { activeConnection } from "@/lib/letta/connection";
import { watchHub } from "./hub";

/** Tells every ADE server's watch of the agent that an ADE action changed it (they re-read at once). */
export async function tellWatchers(agentId: string, what: "blocks" | "runs" | "deleted"): Promise<void> {
  watchHub().poke(await activeConnection(), agentId, what);
}

/** Tells every watch showing the block that it changed (`agents`: it was attached or detached). */
export async function tellBlockChanged(blockId: string, change: { agents: boolean }): Promise<void> {
  watchHub().blockChanged(await activeConnection(), blockId, change.agents);
}
