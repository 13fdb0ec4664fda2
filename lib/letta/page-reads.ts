import "server-only";
import type Letta from "@letta-ai/letta-client";
import { cache } from "react";
import { rememberAgent } from "./recent-reads";

/**
 * Reads that several parts of one page make (the agent page's header, settings, tools, sleep-time and
 * model banner all read the agent; two panels and the banner read the model lists), made once per server
 * render with React's `cache`. Outside a render (route handlers, server actions) each call reads afresh.
 */
const PAGE_INCLUDE = ["agent.blocks", "agent.tools", "agent.tags", "agent.managed_group"] as const;

/** The agent with the relations the agent page's readers need (kept a few seconds for the watch the page opens). */
export const retrieveAgent = cache(async (client: Letta, agentId: string) => {
  const agent = await client.agents.retrieve(agentId, { include: [...PAGE_INCLUDE] });
  rememberAgent(client, agent);
  return agent;
});

/** Another agent's own record (the sleep-time agent's name). */
export const retrieveRelatedAgent = cache((client: Letta, agentId: string) => client.agents.retrieve(agentId));

/** The server's chat models and embedding models. */
export const listModelLists = cache((client: Letta) =>
  Promise.all([client.models.list(), client.models.embeddings.list()]),
);
