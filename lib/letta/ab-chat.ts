import "server-only";
import type { AbAgent } from "@/lib/ab-chat/types";
import { AppError } from "@/lib/errors";
import { withLetta } from "./client";
import { activeConnection } from "./connection";
import { checkServerKey } from "./model-catalog";

/** An agent as the A/B page heads its column with it, or null when the server has no such agent. */
export async function findAbAgent(agentId: string): Promise<AbAgent | null> {
  try {
    return await withLetta(async (client) => {
      const agent = await client.agents.retrieve(agentId);
      return {
        id: agent.id,
        name: agent.name,
        model: agent.model ?? agent.llm_config.handle ?? agent.llm_config.model,
      };
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
}

/** Both agents of a pair, or not_found naming the one the server does not have. */
export async function requireAbAgents(a: string, b: string): Promise<[AbAgent, AbAgent]> {
  const [first, second] = await Promise.all([findAbAgent(a), findAbAgent(b)]);
  if (!first || !second)
    throw new AppError(
      "not_found",
      `Agent ${!first ? "A" : "B"} (${!first ? a : b}) is not on this server.`,
      "Pick two agents that exist.",
    );
  return [first, second];
}

/** Which server the A/B chat's saved data belongs to (the active connection's URL and project). */
export async function abChatServerKey(): Promise<string> {
  return checkServerKey(await activeConnection());
}
