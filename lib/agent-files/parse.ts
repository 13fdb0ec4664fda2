import { AppError } from "@/lib/errors";
import { agentFileSchema, type AgentFile } from "./schema";

interface AgentFileAgentSummary {
  fileId: string;
  name: string;
  agentType: string | null;
  /** The model handle the file names (or the bare model name when it has no handle). */
  model: string | null;
  embedding: string | null;
  messageCount: number;
  blockCount: number;
  toolCount: number;
}

export interface AgentFileSummary {
  agents: AgentFileAgentSummary[];
  groupCount: number;
  toolNames: string[];
  mcpServerNames: string[];
  fileCount: number;
  sourceCount: number;
  skillCount: number;
}

export type AgentFileParseResult =
  { ok: true; file: AgentFile; summary: AgentFileSummary; decodedTwice: boolean } | { ok: false; error: string };

const MAX_LISTED_PROBLEMS = 5;

function fail(error: string): AgentFileParseResult {
  return { ok: false, error };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function decode(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Reads an agent file's text: decodes it (also when it was encoded twice), checks its shape and references. */
export function parseAgentFile(text: string): AgentFileParseResult {
  if (text.trim() === "") return fail("The file is empty.");
  const first = decode(text);
  if (!first.ok) return fail(`The file is not valid JSON (${first.error}).`);

  let value = first.value;
  let decodedTwice = false;
  if (typeof value === "string") {
    // Some published files hold the JSON document as one JSON string.
    const second = decode(value);
    if (!second.ok || !isPlainObject(second.value)) {
      return fail("The file holds a JSON string, and that string is not an agent file.");
    }
    value = second.value;
    decodedTwice = true;
  }
  if (!isPlainObject(value) || !("agents" in value)) {
    return fail('The file is JSON but not an agent file: it has no "agents" list.');
  }

  const parsed = agentFileSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message,
    );
    return fail(`The file is not a valid agent file: ${listProblems(problems)}.`);
  }
  const problems = referenceProblems(parsed.data);
  if (problems.length > 0) return fail(`The file is not a valid agent file: ${listProblems(problems)}.`);
  return { ok: true, file: parsed.data, summary: summarize(parsed.data), decodedTwice };
}

function listProblems(problems: string[]): string {
  const shown = problems.slice(0, MAX_LISTED_PROBLEMS).join("; ");
  const more = problems.length - MAX_LISTED_PROBLEMS;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}

/** Broken references make Letta fail half-way, after it has created some of the file's entities. */
function referenceProblems(file: AgentFile): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const allIds = [
    ...file.agents.map((a) => a.id),
    ...file.groups.map((g) => g.id),
    ...file.blocks.map((b) => b.id),
    ...file.files.map((f) => f.id),
    ...file.sources.map((s) => s.id),
    ...file.tools.map((t) => t.id),
    ...file.mcp_servers.map((m) => m.id),
    ...file.agents.flatMap((a) => (a.messages ?? []).map((m) => m.id)),
  ];
  for (const id of allIds) {
    if (seen.has(id)) problems.push(`the id ${id} is used twice`);
    seen.add(id);
  }

  const has = (ids: Iterable<string>) => new Set(ids);
  const blocks = has(file.blocks.map((b) => b.id));
  const tools = has(file.tools.map((t) => t.id));
  const sources = has(file.sources.map((s) => s.id));
  const files = has(file.files.map((f) => f.id));
  const agents = has(file.agents.map((a) => a.id));
  const missing = (where: string, ids: readonly string[] | null | undefined, known: Set<string>) => {
    for (const id of ids ?? []) if (!known.has(id)) problems.push(`${where} refers to ${id}, which is not in the file`);
  };

  for (const agent of file.agents) {
    missing(`agent ${agent.id}`, agent.block_ids, blocks);
    missing(`agent ${agent.id}`, agent.tool_ids, tools);
    missing(`agent ${agent.id}`, agent.source_ids, sources);
    missing(`agent ${agent.id}`, agent.in_context_message_ids, has((agent.messages ?? []).map((m) => m.id)));
    missing(
      `agent ${agent.id}`,
      (agent.files_agents ?? []).map((f) => f.file_id),
      files,
    );
  }
  for (const group of file.groups) {
    missing(`group ${group.id}`, group.agent_ids, agents);
    const manager = group.manager_config?.manager_agent_id;
    if (manager) missing(`group ${group.id}`, [manager], agents);
  }
  for (const entry of file.files) missing(`file ${entry.id}`, [entry.source_id], sources);
  return problems;
}

function summarize(file: AgentFile): AgentFileSummary {
  return {
    agents: file.agents.map((agent) => ({
      fileId: agent.id,
      name: agent.name ?? agent.id,
      agentType: agent.agent_type ?? null,
      model: agent.llm_config?.handle ?? agent.llm_config?.model ?? null,
      embedding: agent.embedding_config?.handle ?? agent.embedding_config?.embedding_model ?? null,
      messageCount: agent.messages?.length ?? 0,
      blockCount: agent.block_ids?.length ?? 0,
      toolCount: agent.tool_ids?.length ?? 0,
    })),
    groupCount: file.groups.length,
    toolNames: file.tools.flatMap((tool) => (tool.name ? [tool.name] : [])),
    mcpServerNames: file.mcp_servers.map((server) => server.server_name),
    fileCount: file.files.length,
    sourceCount: file.sources.length,
    skillCount: file.skills?.length ?? 0,
  };
}

/** An uploaded agent file's text: it must be UTF-8 (JSON) to be an agent file at all. */
export function agentFileText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError(
      "invalid_input",
      "The file is not UTF-8 text, so it cannot be an agent file.",
      "Pick an .af file exported from Letta.",
    );
  }
}
