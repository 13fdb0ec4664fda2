"use server";

import { runAction } from "@/lib/actions/run-action";
import type { ActionResult } from "@/lib/actions/result";
import {
  attachFolder,
  closeAgentFile,
  closeAllAgentFiles,
  createFolder,
  deleteFolder,
  deleteFolderFile,
  detachFolder,
  openAgentFile,
  updateFolder,
} from "@/lib/letta/folders";
import {
  agentFileSchema,
  agentFolderSchema,
  agentIdSchema,
  createFolderSchema,
  folderFileSchema,
  folderIdSchema,
  updateFolderSchema,
} from "./schema";
import type { FolderView } from "./types";

export async function createFolderAction(input: unknown): Promise<ActionResult<FolderView>> {
  return runAction(createFolderSchema, input, (parsed) => createFolder(parsed));
}

export async function updateFolderAction(input: unknown): Promise<ActionResult<FolderView>> {
  return runAction(updateFolderSchema, input, ({ folderId, ...changes }) => updateFolder(folderId, changes));
}

export async function deleteFolderAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(folderIdSchema, input, async ({ folderId }) => {
    await deleteFolder(folderId);
    return null;
  });
}

export async function deleteFolderFileAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(folderFileSchema, input, async ({ folderId, fileId }) => {
    await deleteFolderFile(folderId, fileId);
    return null;
  });
}

export async function attachFolderAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(agentFolderSchema, input, async ({ agentId, folderId }) => {
    await attachFolder(agentId, folderId);
    return null;
  });
}

export async function detachFolderAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(agentFolderSchema, input, async ({ agentId, folderId }) => {
    await detachFolder(agentId, folderId);
    return null;
  });
}

/** Opens a file in the agent's context; the data is the files Letta closed to make room. */
export async function openAgentFileAction(input: unknown): Promise<ActionResult<string[]>> {
  return runAction(agentFileSchema, input, ({ agentId, fileId }) => openAgentFile(agentId, fileId));
}

export async function closeAgentFileAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(agentFileSchema, input, async ({ agentId, fileId }) => {
    await closeAgentFile(agentId, fileId);
    return null;
  });
}

export async function closeAllAgentFilesAction(input: unknown): Promise<ActionResult<string[]>> {
  return runAction(agentIdSchema, input, ({ agentId }) => closeAllAgentFiles(agentId));
}
