import "server-only";
import { toFile } from "@letta-ai/letta-client";
import type { Folder } from "@letta-ai/letta-client/resources/folders/folders";
import type { FileListResponse } from "@letta-ai/letta-client/resources/folders/files";
import type { FileListResponse as AgentFileListResponse } from "@letta-ai/letta-client/resources/agents/files";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { CreateFolderValues, DuplicateHandling } from "@/lib/folders/schema";
import {
  fileStatuses,
  type AgentFilesView,
  type FileStatus,
  type FolderAgent,
  type FolderFileDetail,
  type FolderFileView,
  type FolderView,
  type PassageView,
  type UploadedFile,
} from "@/lib/folders/types";
import { withLetta } from "./client";

/** Letta parses and embeds an upload in the background; the upload itself only stores the bytes. */
const UPLOAD_TIMEOUT_MS = 120_000;
/** The passages the ADE reads to show one file's (Letta lists a folder's passages, not a file's). */
const MAX_PASSAGES_READ = 2_000;
const PASSAGE_PAGE = 100;

function toFolderView(folder: Folder, fileCount: number | null): FolderView {
  return {
    id: folder.id,
    name: folder.name,
    description: folder.description ?? null,
    instructions: folder.instructions ?? null,
    embedding: folder.embedding_config.handle ?? folder.embedding_config.embedding_model,
    createdAt: folder.created_at ?? null,
    fileCount,
  };
}

function toStatus(status: string | null | undefined): FileStatus {
  return (fileStatuses as readonly string[]).includes(status ?? "") ? (status as FileStatus) : "pending";
}

function toFolderFileView(file: FileListResponse): FolderFileView {
  return {
    id: file.id,
    folderId: file.source_id,
    name: file.file_name ?? file.original_file_name ?? file.id,
    originalName: file.original_file_name ?? null,
    type: file.file_type ?? null,
    size: file.file_size ?? null,
    status: toStatus(file.processing_status),
    error: file.error_message ?? null,
    totalChunks: file.total_chunks ?? null,
    chunksEmbedded: file.chunks_embedded ?? null,
    createdAt: file.created_at ?? null,
  };
}

/**
 * The server's folders with their file counts. Letta 0.16.8's `GET /v1/folders/metadata` (the counts in one
 * call) is unreachable: `GET /v1/folders/{folder_id}` is declared first and refuses "metadata" as an id.
 */
export async function listFolders(): Promise<FolderView[]> {
  return withLetta(async (client) => {
    const folders: Folder[] = [];
    for await (const folder of client.folders.list({ limit: 100, order: "asc" })) folders.push(folder);
    const counts = await Promise.all(
      folders.map((folder) =>
        client.folders.files.list(folder.id, { limit: 1000 }).then(
          (page) => page.getPaginatedItems().length,
          () => null,
        ),
      ),
    );
    return folders.map((folder, index) => toFolderView(folder, counts[index] ?? null));
  });
}

export async function createFolder(input: CreateFolderValues): Promise<FolderView> {
  return withLetta(async (client) => {
    const folder = await client.folders.create({
      name: input.name,
      embedding: input.embedding,
      ...(input.description ? { description: input.description } : {}),
      ...(input.instructions ? { instructions: input.instructions } : {}),
    });
    return toFolderView(folder, 0);
  });
}

export async function updateFolder(
  folderId: string,
  changes: { name: string; description: string; instructions: string },
): Promise<FolderView> {
  return withLetta(async (client) => toFolderView(await client.folders.update(folderId, changes), null));
}

export async function deleteFolder(folderId: string): Promise<void> {
  await withLetta((client) => client.folders.delete(folderId));
}

/** The agents a folder is attached to, with their names (a deleted agent's id is skipped). */
export async function listFolderAgents(folderId: string): Promise<FolderAgent[]> {
  return withLetta(async (client) => {
    const ids = await client.folders.agents.list(folderId, { limit: 1000 });
    const agents = await Promise.all(
      ids.map((agentId) =>
        client.agents.retrieve(agentId).then(
          (agent) => ({ id: agent.id, name: agent.name }),
          () => null,
        ),
      ),
    );
    return agents.filter((agent): agent is FolderAgent => agent !== null);
  });
}

export async function listFolderFiles(folderId: string): Promise<FolderFileView[]> {
  return withLetta(async (client) => {
    const files: FolderFileView[] = [];
    for await (const file of client.folders.files.list(folderId, { limit: 1000, order: "asc" })) {
      files.push(toFolderFileView(file));
    }
    return files;
  });
}

const passageSchema = z.object({ id: z.string(), text: z.string(), file_id: z.string().nullish() });

/** A file with its parsed text and its passages (read from the folder's passages, which Letta does not filter by file). */
export async function getFolderFile(folderId: string, fileId: string): Promise<FolderFileDetail> {
  return withLetta(async (client) => {
    const file = await client.folders.files.retrieve(fileId, { folder_id: folderId, include_content: true });
    const passages: PassageView[] = [];
    let after: string | undefined;
    let read = 0;
    let complete = false;
    while (read < MAX_PASSAGES_READ) {
      const raw = await client.get<unknown>(`/v1/folders/${encodeURIComponent(folderId)}/passages`, {
        query: { limit: PASSAGE_PAGE, order: "asc", ...(after ? { after } : {}) },
      });
      const page = z.array(passageSchema).parse(raw);
      read += page.length;
      for (const passage of page) if (passage.file_id === fileId) passages.push({ id: passage.id, text: passage.text });
      if (page.length < PASSAGE_PAGE) {
        complete = true;
        break;
      }
      after = page.at(-1)?.id;
    }
    return { ...toFolderFileView(file), content: file.content ?? null, passages, passagesComplete: complete };
  });
}

export interface FileUpload {
  bytes: Uint8Array;
  name: string;
  type: string;
  duplicate: DuplicateHandling;
}

/** Stores a file in the folder; Letta then parses and embeds it in the background (poll its status). */
export async function uploadFolderFile(
  folderId: string,
  upload: FileUpload,
  signal?: AbortSignal,
): Promise<UploadedFile> {
  return withLetta(async (client) => {
    const file = await toFile(upload.bytes, upload.name, upload.type ? { type: upload.type } : undefined);
    const { data, response } = await client.folders.files
      .upload(
        folderId,
        { file, duplicate_handling: upload.duplicate },
        { timeout: UPLOAD_TIMEOUT_MS, maxRetries: 0, signal },
      )
      .withResponse();
    return { file: toFolderFileView(data), skipped: response.headers.get("x-upload-result") === "skipped" };
  });
}

export async function deleteFolderFile(folderId: string, fileId: string): Promise<void> {
  await withLetta((client) => client.folders.files.delete(fileId, { folder_id: folderId }));
}

function toAgentFileView(file: AgentFileListResponse): AgentFileView {
  return {
    fileId: file.file_id,
    name: file.file_name,
    folderId: file.folder_id,
    folderName: file.folder_name,
    isOpen: file.is_open,
    visibleCharacters: file.is_open ? (file.visible_content?.length ?? 0) : 0,
    startLine: file.start_line ?? null,
    endLine: file.end_line ?? null,
    lastAccessedAt: file.last_accessed_at ?? null,
  };
}

type AgentFileView = AgentFilesView["files"][number];

/** The agent's folders and the files it can open, with which are open and how much of the context each takes. */
export async function getAgentFiles(agentId: string): Promise<AgentFilesView> {
  return withLetta(async (client) => {
    const [agent, folderPage] = await Promise.all([
      client.agents.retrieve(agentId),
      client.agents.folders.list(agentId, { limit: 100 }),
    ]);
    const files: AgentFileView[] = [];
    for await (const file of client.agents.files.list(agentId, { limit: 100 })) files.push(toAgentFileView(file));
    files.sort((a, b) => a.name.localeCompare(b.name));
    return {
      folders: folderPage
        .getPaginatedItems()
        .map((folder) => ({ id: folder.id, name: folder.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      files,
      maxFilesOpen: agent.max_files_open ?? null,
      perFileCharLimit: agent.per_file_view_window_char_limit ?? null,
    };
  });
}

/** The agent's open files and their size in its context (for the context window view). */
export async function listOpenAgentFiles(agentId: string): Promise<Array<{ name: string; characters: number }>> {
  return withLetta(async (client) => {
    const open: Array<{ name: string; characters: number }> = [];
    for await (const file of client.agents.files.list(agentId, { limit: 100, is_open: true })) {
      open.push({ name: file.file_name, characters: file.visible_content?.length ?? 0 });
    }
    return open.sort((a, b) => a.name.localeCompare(b.name));
  });
}

/**
 * Attaches a folder (Letta adds its file tools and opens its files). Letta 0.16.8 soft-deletes an agent's
 * links to a folder's files on detach, and its unique key on (agent, file name) still counts them: attaching
 * the folder again fails half-way (folder and tools attached, files not). The ADE undoes that and says why.
 */
export async function attachFolder(agentId: string, folderId: string): Promise<void> {
  try {
    await withLetta((client) => client.agents.folders.attach(folderId, { agent_id: agentId }));
  } catch (error) {
    if (!(error instanceof AppError && error.code === "conflict" && error.message.includes("uq_agent_filename")))
      throw error;
    await detachFolder(agentId, folderId).catch(() => undefined);
    throw new AppError(
      "conflict",
      "Letta 0.16.8 cannot attach a folder again to an agent it was detached from: it keeps the agent's old links to the folder's files and refuses new ones with the same names. Nothing was attached.",
      "Make a new folder with these files (Letta names an agent's files after their folder) and attach that.",
    );
  }
}

export async function detachFolder(agentId: string, folderId: string): Promise<void> {
  await withLetta((client) => client.agents.folders.detach(folderId, { agent_id: agentId }));
}

/** Opens a file in the agent's context; answers the files Letta closed to stay within the agent's limit. */
export async function openAgentFile(agentId: string, fileId: string): Promise<string[]> {
  return withLetta((client) => client.agents.files.open(fileId, { agent_id: agentId }));
}

export async function closeAgentFile(agentId: string, fileId: string): Promise<void> {
  await withLetta((client) => client.agents.files.close(fileId, { agent_id: agentId }));
}

export async function closeAllAgentFiles(agentId: string): Promise<string[]> {
  return withLetta((client) => client.agents.files.closeAll(agentId));
}
