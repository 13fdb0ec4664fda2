import "server-only";
import type Letta from "@letta-ai/letta-client";
import type { BlockResponse } from "@letta-ai/letta-client/resources/blocks/blocks";
import { AppError } from "@/lib/errors";
import { recordAdeEdit } from "@/lib/memory/edit-log";
import { observeBlocks } from "@/lib/memory/snapshots";
import type { BlockAgentRef, MemoryBlock } from "@/lib/memory/types";
import { DEFAULT_BLOCK_LIMIT, type BlockFields } from "@/lib/memory/validation";
import { withLetta } from "./client";
import { forgetRecentReads, rememberBlocks } from "./recent-reads";

async function agentsOfBlock(client: Letta, blockId: string): Promise<BlockAgentRef[]> {
  const page = await client.blocks.agents.list(blockId, { limit: 100 });
  return page.getPaginatedItems().map((agent) => ({ id: agent.id, name: agent.name }));
}

function memoryBlock(block: BlockResponse, agents: BlockAgentRef[]): MemoryBlock {
  return {
    id: block.id,
    label: block.label ?? "",
    description: block.description ?? "",
    value: block.value,
    limit: block.limit ?? DEFAULT_BLOCK_LIMIT,
    readOnly: block.read_only ?? false,
    agents,
  };
}

async function toMemoryBlock(client: Letta, block: BlockResponse): Promise<MemoryBlock> {
  return memoryBlock(block, await agentsOfBlock(client, block.id));
}

/**
 * Which agents use each of an agent's blocks: one request for the blocks attached to more than one agent
 * on the server, then one per such block of this agent; a block attached only here is used by this
 * agent alone. (Asking block by block cost a request per block on every read.)
 */
export async function agentsOfBlocks(
  client: Letta,
  agentId: string,
  blocks: readonly BlockResponse[],
): Promise<Map<string, BlockAgentRef[]>> {
  const sharedPage = await client.blocks.list({ connected_to_agents_count_gt: 1, limit: 1000 });
  const shared = new Set(sharedPage.getPaginatedItems().map((block) => block.id));
  const alone: BlockAgentRef[] = [{ id: agentId, name: "" }];
  const entries = await Promise.all(
    blocks.map(async (block): Promise<[string, BlockAgentRef[]]> => [
      block.id,
      shared.has(block.id) ? await agentsOfBlock(client, block.id) : alone,
    ]),
  );
  return new Map(entries);
}

export function toMemoryBlocks(blocks: readonly BlockResponse[], agents: Map<string, BlockAgentRef[]>): MemoryBlock[] {
  return blocks
    .map((block) => memoryBlock(block, agents.get(block.id) ?? []))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export async function listAgentBlocks(agentId: string): Promise<MemoryBlock[]> {
  return withLetta(async (client, connection) => {
    const blocks = (await client.agents.blocks.list(agentId, { limit: 100 })).getPaginatedItems();
    await observeBlocks(connection.id, blocks);
    const agents = await agentsOfBlocks(client, agentId, blocks);
    rememberBlocks(client, agentId, { blocks, agents });
    return toMemoryBlocks(blocks, agents);
  });
}

/** Each listed block costs one more request (the agents using it), so the library shows the newest few and more on request. */
const LIBRARY_PAGE_SIZE = 25;

/**
 * The `count` newest blocks on the server (not templates), optionally those whose label or value matches
 * `search` (the server's full-text search; up to `count` of each).
 */
export async function listLibraryBlocks(search: string, count = LIBRARY_PAGE_SIZE): Promise<MemoryBlock[]> {
  return withLetta(async (client, connection) => {
    const query = search.trim();
    const pages = query
      ? await Promise.all([
          client.blocks.list({ label_search: query, limit: count, order: "desc" }),
          client.blocks.list({ value_search: query, limit: count, order: "desc" }),
        ])
      : [await client.blocks.list({ limit: count, order: "desc" })];
    const byId = new Map<string, BlockResponse>();
    for (const page of pages)
      for (const block of page.getPaginatedItems()) if (!block.is_template) byId.set(block.id, block);
    await observeBlocks(connection.id, [...byId.values()]);
    const blocks = await Promise.all([...byId.values()].map((block) => toMemoryBlock(client, block)));
    return blocks.sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
  });
}

/**
 * Saves a person's edit. `expectedValue` is the value the edit started from: when the server's value has
 * changed since (the agent or its sleep-time agent rewrote the block), nothing is written unless `force`.
 */
export async function updateBlock(
  blockId: string,
  fields: BlockFields,
  options: { expectedValue?: string; force?: boolean } = {},
): Promise<MemoryBlock> {
  return withLetta(async (client, connection) => {
    // Read first, for the conflict check and for the timeline's before (this save's diff).
    const current = await client.blocks.retrieve(blockId);
    const readAt = new Date().toISOString();
    if (options.expectedValue !== undefined && !options.force && current.value !== options.expectedValue) {
      await observeBlocks(connection.id, [current], readAt);
      throw new AppError(
        "conflict",
        "The block changed on the server since you started editing.",
        "Compare both versions and choose which to keep.",
      );
    }
    const updated = await client.blocks.update(blockId, {
      value: fields.value,
      limit: fields.limit,
      description: fields.description,
      read_only: fields.readOnly,
    });
    const at = new Date().toISOString();
    await observeBlocks(connection.id, [current], readAt);
    await recordAdeEdit({
      connectionId: connection.id,
      blockId,
      label: updated.label ?? "",
      at,
      characters: updated.value.length,
      overwroteServerChange: options.force === true,
      kind: "save",
      before: current.value,
      after: updated.value,
    }).catch((error: unknown) => console.error("Could not record the block edit", error));
    await observeBlocks(connection.id, [updated], at);
    return toMemoryBlock(client, updated);
  });
}

export async function createBlockForAgent(
  agentId: string,
  input: BlockFields & { label: string },
): Promise<MemoryBlock> {
  return withLetta(async (client, connection) => {
    const existing = await client.agents.blocks.list(agentId, { limit: 100 });
    if (existing.getPaginatedItems().some((block) => block.label === input.label)) {
      throw new AppError(
        "invalid_input",
        `This agent already has a block labelled "${input.label}".`,
        "Choose another label.",
      );
    }
    const block = await client.blocks.create({
      label: input.label,
      value: input.value,
      limit: input.limit,
      description: input.description,
      read_only: input.readOnly,
    });
    try {
      forgetRecentReads(client, agentId);
      await client.agents.blocks.attach(block.id, { agent_id: agentId });
    } catch (error) {
      await client.blocks.delete(block.id).catch(() => undefined);
      throw error;
    }
    const at = new Date().toISOString();
    await recordAdeEdit({
      connectionId: connection.id,
      blockId: block.id,
      label: block.label ?? "",
      at,
      characters: block.value.length,
      overwroteServerChange: false,
      kind: "create",
      before: "",
      after: block.value,
    }).catch((error: unknown) => console.error("Could not record the block edit", error));
    await observeBlocks(connection.id, [block], at);
    return toMemoryBlock(client, block);
  });
}

export async function attachBlock(agentId: string, blockId: string): Promise<void> {
  await withLetta(async (client) => {
    const [block, existing] = await Promise.all([
      client.blocks.retrieve(blockId),
      client.agents.blocks.list(agentId, { limit: 100 }),
    ]);
    if (existing.getPaginatedItems().some((other) => other.label === block.label && other.id !== block.id)) {
      throw new AppError(
        "invalid_input",
        `This agent already has a block labelled "${block.label ?? ""}".`,
        "Detach that block first, or attach another.",
      );
    }
    forgetRecentReads(client, agentId);
    await client.agents.blocks.attach(blockId, { agent_id: agentId });
  });
}

export async function detachBlock(agentId: string, blockId: string): Promise<void> {
  await withLetta((client) => {
    forgetRecentReads(client, agentId);
    return client.agents.blocks.detach(blockId, { agent_id: agentId });
  });
}

/** Deletes a block that no agent uses; one still attached is refused (detach it everywhere first). */
export async function deleteUnusedBlock(blockId: string): Promise<void> {
  await withLetta(async (client) => {
    const agents = await agentsOfBlock(client, blockId);
    if (agents.length > 0) {
      throw new AppError(
        "conflict",
        `The block is still used by ${agents.map((agent) => agent.name).join(", ")}.`,
        "Detach it from every agent before deleting it.",
      );
    }
    await client.blocks.delete(blockId);
  });
}
