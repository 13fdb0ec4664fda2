"use server";

import { runAction } from "@/lib/actions/run-action";
import { attachArchive, deletePassage, detachArchive, insertPassage } from "@/lib/letta/archival";
import { attachBlock, createBlockForAgent, deleteUnusedBlock, detachBlock, updateBlock } from "@/lib/letta/blocks";
import {
  archiveInput,
  attachBlockInput,
  createAgentBlockInput,
  deleteBlockInput,
  deletePassageInput,
  detachBlockInput,
  insertPassageInput,
  updateBlockInput,
} from "./schema";
import { tellBlockChanged, tellWatchers } from "@/lib/watch/tell";

/** Saves a block; refused (conflict) when its value changed on the server since the edit began, unless forced. */
export async function updateBlockAction(input: unknown) {
  return runAction(updateBlockInput, input, async ({ blockId, expectedValue, force, ...fields }) => {
    const block = await updateBlock(blockId, fields, { expectedValue, force });
    await tellBlockChanged(blockId, { agents: false });
    return block;
  });
}

/** Deletes a library block no agent uses. */
export async function deleteBlockAction(input: unknown) {
  return runAction(deleteBlockInput, input, async ({ blockId }) => {
    await deleteUnusedBlock(blockId);
    return null;
  });
}

/** Creates a block and attaches it to the agent. */
export async function createAgentBlockAction(input: unknown) {
  return runAction(createAgentBlockInput, input, async ({ agentId, ...block }) => {
    const created = await createBlockForAgent(agentId, block);
    await tellWatchers(agentId, "blocks");
    return created;
  });
}

/** Attaches an existing (library) block to the agent. */
export async function attachBlockAction(input: unknown) {
  return runAction(attachBlockInput, input, async ({ agentId, blockId }) => {
    await attachBlock(agentId, blockId);
    await tellWatchers(agentId, "blocks");
    await tellBlockChanged(blockId, { agents: true });
    return null;
  });
}

export async function detachBlockAction(input: unknown) {
  return runAction(detachBlockInput, input, async ({ agentId, blockId }) => {
    await detachBlock(agentId, blockId);
    await tellWatchers(agentId, "blocks");
    await tellBlockChanged(blockId, { agents: true });
    return null;
  });
}

export async function insertPassageAction(input: unknown) {
  return runAction(insertPassageInput, input, ({ agentId, text, tags }) => insertPassage(agentId, text, tags));
}

export async function deletePassageAction(input: unknown) {
  return runAction(deletePassageInput, input, async ({ agentId, passageId }) => {
    await deletePassage(agentId, passageId);
    return null;
  });
}

export async function attachArchiveAction(input: unknown) {
  return runAction(archiveInput, input, async ({ agentId, archiveId }) => {
    await attachArchive(agentId, archiveId);
    return null;
  });
}

export async function detachArchiveAction(input: unknown) {
  return runAction(archiveInput, input, async ({ agentId, archiveId }) => {
    await detachArchive(agentId, archiveId);
    return null;
  });
}
