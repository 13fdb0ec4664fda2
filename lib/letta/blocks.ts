import "server-only";
import type Letta from "@letta-ai/letta-client";
import type { BlockResponse } from "@letta-ai/letta-client/resources/blocks/blocks";
import { AppError } from "@/lib/errors";
import { readAdeEdits, recordAdeEdit } from "@/lib/memory/edit-log";
import { MEMORY_TOOLS, memoryChangesFrom, type MemoryChange, type MemoryChangeAuthor, type MemoryToolCall } from "@/lib/memory/timeline";
import type { BlockAgentRef, MemoryBlock } from "@/lib/memory/types";
import { DEFAULT_BLOCK_LIMIT, type BlockFields } from "@/lib/memory/validation";
import { withLetta } from "./client";

async function agentsOfBlock(client: Letta, blockId: string): Promise<BlockAgentRef[]> {
  const page = await client.blocks.agents.list(blockId, { limit: 100 });
  return page.getPaginatedItems().map((agent) => ({ id: agent.id, name: agent.name }));
}

async function toMemoryBlock(client: Letta, block: BlockResponse): Promise<MemoryBlock> {
  return {
    id: block.id,
    label: block.label ?? "",
    description: block.description ?? "",
    value: block.value,
    limit: block.limit ?? DEFAULT_BLOCK_LIMIT,
    readOnly: block.read_only ?? false,
    agents: await agentsOfBlock(client, block.id),
  };
}

export async function listAgentBlocks(agentId: string): Promise<MemoryBlock[]> {
  return withLetta(async (client) => {
    const page = await client.agents.blocks.list(agentId, { limit: 100 });
    const blocks = await Promise.all(page.getPaginatedItems().map((block) => toMemoryBlock(client, block)));
    return blocks.sort((a, b) => a.label.localeCompare(b.label));
  });
}

/** Each listed block costs one more request (the agents using it), so the library shows the newest few; search finds the rest. */
export const LIBRARY_PAGE_SIZE = 25;

/** Blocks on the server (not templates), optionally those whose label or value matches `search` (the server's full-text search). */
export async function listLibraryBlocks(search: string): Promise<MemoryBlock[]> {
  return withLetta(async (client) => {
    const query = search.trim();
    const pages = query
      ? await Promise.all([
          client.blocks.list({ label_search: query, limit: LIBRARY_PAGE_SIZE, order: "desc" }),
          client.blocks.list({ value_search: query, limit: LIBRARY_PAGE_SIZE, order: "desc" }),
        ])
      : [await client.blocks.list({ limit: LIBRARY_PAGE_SIZE, order: "desc" })];
    const byId = new Map<string, BlockResponse>();
    for (const page of pages) for (const block of page.getPaginatedItems()) if (!block.is_template) byId.set(block.id, block);
    const blocks = await Promise.all([...byId.values()].map((block) => toMemoryBlock(client, block)));
    return blocks.sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
  });
}

export async function getBlock(blockId: string): Promise<MemoryBlock> {
  return withLetta(async (client) => toMemoryBlock(client, await client.blocks.retrieve(blockId)));
}

/**
 * Saves a person's edit. `expectedValue` is the value the edit started from: when the server's value has
 * changed since (the agent or its sleep-time agent rewrote the block), nothing is written unless `force`.
 */
export async function updateBlock(blockId: string, fields: BlockFields, options: { expectedValue?: string; force?: boolean } = {}): Promise<MemoryBlock> {
  return withLetta(async (client, connection) => {
    if (options.expectedValue !== undefined && !options.force) {
      const current = await client.blocks.retrieve(blockId);
      if (current.value !== options.expectedValue) {
        throw new AppError("conflict", "The block changed on the server since you started editing.", "Compare both versions and choose which to keep.");
      }
    }
    const updated = await client.blocks.update(blockId, {
      value: fields.value,
      limit: fields.limit,
      description: fields.description,
      read_only: fields.readOnly,
    });
    await recordAdeEdit({
      connectionId: connection.id,
      blockId,
      label: updated.label ?? "",
      at: new Date().toISOString(),
      characters: updated.value.length,
      overwroteServerChange: options.force === true,
    }).catch((error: unknown) => console.error("Could not record the block edit", error));
    return toMemoryBlock(client, updated);
  });
}

export async function createBlockForAgent(agentId: string, input: BlockFields & { label: string }): Promise<MemoryBlock> {
  return withLetta(async (client) => {
    const existing = await client.agents.blocks.list(agentId, { limit: 100 });
    if (existing.getPaginatedItems().some((block) => block.label === input.label)) {
      throw new AppError("invalid_input", `This agent already has a block labelled "${input.label}".`, "Choose another label.");
    }
    const block = await client.blocks.create({
      label: input.label,
      value: input.value,
      limit: input.limit,
      description: input.description,
      read_only: input.readOnly,
    });
    try {
      await client.agents.blocks.attach(block.id, { agent_id: agentId });
    } catch (error) {
      await client.blocks.delete(block.id).catch(() => undefined);
      throw error;
    }
    return toMemoryBlock(client, block);
  });
}

export async function attachBlock(agentId: string, blockId: string): Promise<void> {
  await withLetta(async (client) => {
    const [block, existing] = await Promise.all([client.blocks.retrieve(blockId), client.agents.blocks.list(agentId, { limit: 100 })]);
    if (existing.getPaginatedItems().some((other) => other.label === block.label && other.id !== block.id)) {
      throw new AppError("invalid_input", `This agent already has a block labelled "${block.label ?? ""}".`, "Detach that block first, or attach another.");
    }
    await client.agents.blocks.attach(blockId, { agent_id: agentId });
  });
}

export async function detachBlock(agentId: string, blockId: string): Promise<void> {
  await withLetta((client) => client.agents.blocks.detach(blockId, { agent_id: agentId }));
}

/** Deletes a block that no agent uses; one still attached is refused (detach it everywhere first). */
export async function deleteUnusedBlock(blockId: string): Promise<void> {
  await withLetta(async (client) => {
    const agents = await agentsOfBlock(client, blockId);
    if (agents.length > 0) {
      throw new AppError("conflict", `The block is still used by ${agents.map((agent) => agent.name).join(", ")}.`, "Detach it from every agent before deleting it.");
    }
    await client.blocks.delete(blockId);
  });
}

const HISTORY_MESSAGES = 300;

/** Memory changes the agent and its sleep-time agents made through memory tools, newest first (from their recent message histories). */
export async function listMemoryChanges(agentId: string): Promise<MemoryChange[]> {
  return withLetta(async (client, connection) => {
    const agent = await client.agents.retrieve(agentId, { include: ["agent.managed_group", "agent.blocks"] });
    const helpers = (agent.managed_group?.agent_ids ?? []).filter((id) => id !== agentId);
    const authors: MemoryChangeAuthor[] = [
      { agentId, agentName: agent.name, kind: "agent" },
      ...(await Promise.all(helpers.map(async (id) => ({ agentId: id, agentName: (await client.agents.retrieve(id)).name, kind: "sleep-time agent" as const })))),
    ];
    const perAuthor = await Promise.all(
      authors.map(async (author) => {
        const page = await client.agents.messages.list(author.agentId, { limit: HISTORY_MESSAGES, order: "desc" });
        const calls: MemoryToolCall[] = [];
        const outcomes = new Map<string, "success" | "error">();
        for (const message of page.getPaginatedItems()) {
          if (message.message_type === "tool_call_message") {
            const toolCalls = Array.isArray(message.tool_calls) ? message.tool_calls : [message.tool_call];
            for (const call of toolCalls) {
              if (call.name && call.tool_call_id && MEMORY_TOOLS.includes(call.name)) {
                calls.push({ toolCallId: call.tool_call_id, date: message.date, name: call.name, arguments: call.arguments ?? "" });
              }
            }
          } else if (message.message_type === "tool_return_message") {
            outcomes.set(message.tool_call_id, message.status);
          }
        }
        return memoryChangesFrom(calls, outcomes, author);
      }),
    );
    const adeEdits = (await readAdeEdits(connection.id, new Set(agent.blocks.flatMap((block) => (block.id ? [block.id] : []))))).map(
      (edit, index): MemoryChange => ({
        id: `ade:${edit.blockId}:${index}`,
        at: edit.at,
        label: edit.label,
        tool: "ADE save",
        summary: `saved ${edit.characters} characters${edit.overwroteServerChange ? ", overwriting a change made on the server" : ""}`,
        outcome: "applied",
        author: { agentId: "", agentName: "ADE user", kind: "ade" },
      }),
    );
    return [...perAuthor.flat(), ...adeEdits].sort((a, b) => b.at.localeCompare(a.at));
  });
}
