/**
 * What the server holds of an import, as the import report compares it with the file. Built by
 * `lib/letta/agent-file-report.ts` and sent to the browser by the report route; no secrets in it.
 */
interface ImportedBlockState {
  label: string;
  value: string;
  limit: number;
  readOnly: boolean;
}

interface ImportedToolState {
  name: string;
  toolType: string | null;
  sourceCode: string | null;
}

interface ImportedToolRuleState {
  type: string;
  toolName: string;
}

interface ImportedFileState {
  id: string;
  name: string;
  /** Letta's processing status: pending, parsing, embedding, completed, error. */
  status: string;
  error: string | null;
  chunksEmbedded: number | null;
  totalChunks: number | null;
}

export interface ImportedFolderState {
  id: string;
  name: string;
  embeddingHandle: string | null;
  embeddingEndpoint: string | null;
  files: ImportedFileState[];
}

interface ImportedGroupState {
  id: string;
  managerType: string;
  agentIds: string[];
  managerAgentId: string | null;
}

export interface ImportedAgentState {
  id: string;
  name: string;
  agentType: string;
  enableSleeptime: boolean;
  model: string | null;
  embedding: string | null;
  embeddingEndpoint: string | null;
  blocks: ImportedBlockState[];
  tools: ImportedToolState[];
  toolRules: ImportedToolRuleState[];
  inContextMessageCount: number;
  group: ImportedGroupState | null;
  folders: ImportedFolderState[];
}

/** A tool of the file as the server had it just before the import (custom tools only). */
export interface ToolBeforeImport {
  name: string;
  /** The server already had a tool of this name. */
  existed: boolean;
  /** Its code was the file's code. */
  sameCode: boolean;
}

/** The server's embedding models with the endpoint each one calls. */
export interface EmbeddingEndpoint {
  handle: string;
  endpoint: string | null;
}
