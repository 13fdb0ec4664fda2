import "server-only";
import type Letta from "@letta-ai/letta-client";
import { toFile } from "@letta-ai/letta-client";
import { AppError } from "@/lib/errors";
import { fileNameProblems } from "@/lib/agent-files/agent-name";
import { agentFileName } from "@/lib/agent-files/filename";
import { parseAgentFile } from "@/lib/agent-files/parse";
import { prepareForImport } from "@/lib/agent-files/prepare";
import type { AgentFile } from "@/lib/agent-files/schema";
import { withLetta } from "./client";
import type { LettaConnection } from "./connection";
import type { ImportedAgent, ImportResult } from "@/lib/agent-files/types";
import type { ToolBeforeImport } from "@/lib/agent-files/import-state";
export type { ImportedAgent };

/** Importing a file with many tools and messages takes Letta longer than an ordinary request. */
const IMPORT_TIMEOUT_MS = 120_000;

export interface ExportedAgentFile {
  fileName: string;
  body: string;
}

export interface ImportOptions {
  /** New name for the file's first agent. */
  name?: string;
  /** Model handle for every imported agent; the file's own model when absent. */
  model?: string;
  embedding?: string;
  stripMessages?: boolean;
  /** Let the file's tool code replace tools of the same name already on the server. */
  overwriteTools?: boolean;
  /** Switch sleep-time on for the main agents of the file's sleep-time groups. */
  enableSleeptime?: boolean;
  /** The server to import into; the request's active connection when absent (the evals runner has no request). */
  connection?: LettaConnection;
}

async function exportDocument(
  agentId: string,
  includeMessages: boolean,
  signal?: AbortSignal,
  connection?: LettaConnection,
): Promise<unknown> {
  // Typed `string` in SDK 1.12.1, but the SDK hands back the parsed JSON document.
  const exported: unknown = await withLetta(
    (client) => client.agents.exportFile(agentId, { scrub_messages: !includeMessages }, { signal }),
    connection,
  );
  return typeof exported === "string" ? (JSON.parse(exported) as unknown) : exported;
}

/** The agent (and the agents of its group) as an agent file, ready to download. */
export async function exportAgentFile(
  agentId: string,
  options: { includeMessages: boolean; signal?: AbortSignal },
): Promise<ExportedAgentFile> {
  const document = await exportDocument(agentId, options.includeMessages, options.signal);
  const firstName = firstAgentName(document);
  return { fileName: agentFileName(firstName ?? agentId), body: JSON.stringify(document, null, 2) };
}

function firstAgentName(document: unknown): string | undefined {
  if (typeof document !== "object" || document === null || !("agents" in document) || !Array.isArray(document.agents))
    return undefined;
  const first: unknown = document.agents[0];
  if (typeof first !== "object" || first === null || !("name" in first)) return undefined;
  return typeof first.name === "string" ? first.name : undefined;
}

/**
 * Creates the file's agents (with their blocks, tools and groups) on the server. `signal` (the browser
 * cancelling) stops the ADE's wait; Letta has no way to cancel an import it has started.
 */
export async function importAgentFile(
  file: AgentFile,
  options: ImportOptions = {},
  signal?: AbortSignal,
): Promise<ImportResult> {
  const prepared = prepareForImport(file, {
    name: options.name,
    stripMessages: options.stripMessages,
    enableSleeptime: options.enableSleeptime,
  });
  const nameProblems = fileNameProblems(prepared);
  if (nameProblems.length > 0) {
    throw new AppError("invalid_input", nameProblems.join(" "), "Give the agent another name; nothing was imported.");
  }
  const upload = await toFile(Buffer.from(JSON.stringify(prepared)), "agent.af", { type: "application/json" });
  return withLetta(async (client) => {
    const toolsBefore = await customToolsBefore(client, prepared);
    const { agent_ids: agentIds } = await client.agents.importFile(
      {
        file: upload,
        // The name is already in the file; Letta would otherwise add "_copy" to every name.
        append_copy_suffix: false,
        // Multipart form fields cannot be null: leave out what is not overridden.
        ...(options.model ? { model: options.model } : {}),
        ...(options.embedding ? { embedding: options.embedding } : {}),
        override_existing_tools: options.overwriteTools ?? false,
      },
      { timeout: IMPORT_TIMEOUT_MS, maxRetries: 0, signal },
    );
    const agents = await Promise.all(agentIds.map((id) => client.agents.retrieve(id)));
    return { agents: agents.map((agent) => ({ id: agent.id, name: agent.name })), toolsBefore };
  }, options.connection);
}

/** Letta upserts the file's tools by name: which of its custom tools the server already has, and with what code. */
async function customToolsBefore(client: Letta, file: AgentFile): Promise<ToolBeforeImport[]> {
  const custom = file.tools.filter((tool) => tool.name && !/^letta_/.test(tool.tool_type ?? ""));
  const names = custom.flatMap((tool) => (tool.name ? [tool.name] : []));
  if (names.length === 0) return [];
  const existing = await client.tools.list({ names, limit: names.length + 10 });
  const byName = new Map(existing.getPaginatedItems().map((tool) => [tool.name, tool]));
  return custom.flatMap((tool) => {
    if (!tool.name) return [];
    const held = byName.get(tool.name);
    return [
      { name: tool.name, existed: held !== undefined, sameCode: held?.source_code === (tool.source_code ?? null) },
    ];
  });
}

/** A separate copy of the agent: its file exported and imported again under a new name. */
export async function cloneAgent(
  agentId: string,
  options: { name: string; includeMessages: boolean; connection?: LettaConnection; signal?: AbortSignal },
): Promise<ImportedAgent[]> {
  const { connection, signal } = options;
  const document = await exportDocument(agentId, options.includeMessages, signal, connection);
  const parsed = parseAgentFile(JSON.stringify(document));
  if (!parsed.ok) {
    throw new AppError(
      "server_error",
      `The server exported a file the ADE cannot import: ${parsed.error}`,
      "Check the Letta server's version.",
    );
  }
  // The export says `enable_sleeptime: false` whatever the agent has: the copy gets the original's.
  const original = await withLetta((client) => client.agents.retrieve(agentId), connection);
  const enableSleeptime = original.enable_sleeptime === true;
  return (await importAgentFile(parsed.file, { name: options.name, enableSleeptime, connection }, signal)).agents;
}
