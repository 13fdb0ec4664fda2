/** Letta's processing states for an uploaded file; `completed` and `error` are final. */
export const fileStatuses = ["pending", "parsing", "embedding", "completed", "error"] as const;
export type FileStatus = (typeof fileStatuses)[number];

export function isFinalStatus(status: FileStatus): boolean {
  return status === "completed" || status === "error";
}

/** A folder as the ADE shows it. */
export interface FolderView {
  id: string;
  name: string;
  description: string | null;
  instructions: string | null;
  /** The embedding model's handle (or name when the server stored no handle). */
  embedding: string;
  createdAt: string | null;
  /** Files in the folder, from the server's folder metadata; null when the server did not say. */
  fileCount: number | null;
}

/** A file in a folder with the server's processing state. */
export interface FolderFileView {
  id: string;
  folderId: string;
  name: string;
  /** The name it was uploaded with (differs from `name` when Letta added a suffix for a duplicate). */
  originalName: string | null;
  type: string | null;
  size: number | null;
  status: FileStatus;
  /** Letta's reason when processing failed. */
  error: string | null;
  totalChunks: number | null;
  chunksEmbedded: number | null;
  createdAt: string | null;
}

export interface PassageView {
  id: string;
  text: string;
}

/** One file opened for reading: its parsed text and its passages. */
export interface FolderFileDetail extends FolderFileView {
  content: string | null;
  passages: PassageView[];
  /** False when the folder has more passages than the ADE reads, so some of this file's may be missing. */
  passagesComplete: boolean;
}

/** An agent a folder is attached to. */
export interface FolderAgent {
  id: string;
  name: string;
}

/** What the upload route answers: the file as stored, and whether Letta skipped it as a duplicate. */
export interface UploadedFile {
  file: FolderFileView;
  skipped: boolean;
}

/** A file of a folder attached to an agent, with whether it is open in the agent's context. */
interface AgentFileView {
  fileId: string;
  /** `folder/file` as the agent sees it. */
  name: string;
  folderId: string;
  folderName: string;
  isOpen: boolean;
  /** Characters of the file in the agent's context while it is open (the visible window). */
  visibleCharacters: number;
  startLine: number | null;
  endLine: number | null;
  lastAccessedAt: string | null;
}

export interface AgentFilesView {
  folders: Array<{ id: string; name: string }>;
  files: AgentFileView[];
  /** How many files the agent keeps open at once (Letta closes the least recently used beyond it). */
  maxFilesOpen: number | null;
  /** The most characters of one file the agent sees at a time. */
  perFileCharLimit: number | null;
}
