import { normalizeEndpoint } from "./embedding-endpoints";
import type { EmbeddingEndpoint, ImportedAgentState, ImportedFolderState, ToolBeforeImport } from "./import-state";
import { sleeptimeGroups } from "./prepare";
import type { AgentFile, AgentFileAgent } from "./schema";

export type ReportStatus = "ok" | "changed" | "missing" | "processing" | "failed" | "note";

export interface ReportItem {
  /** The file's agent the item belongs to (its name on the server), or null for the whole file. */
  agent: string | null;
  part:
    | "agent"
    | "block"
    | "tool"
    | "tool rule"
    | "group"
    | "sleep-time"
    | "folder"
    | "file"
    | "messages"
    | "MCP server"
    | "skill";
  name: string;
  status: ReportStatus;
  detail: string;
  /** What to do about it, when something is missing or different. */
  action?: string;
}

export interface ReportInput {
  /** The file as it was sent to Letta (after `prepareForImport`). */
  file: AgentFile;
  /** The imported agents' ids, in the order of the file's agents (as Letta answers them). */
  agentIds: readonly string[];
  agents: readonly ImportedAgentState[];
  toolsBefore: readonly ToolBeforeImport[];
  overwriteTools: boolean;
  embeddings: readonly EmbeddingEndpoint[];
}

const LETTA_TOOL_TYPE = /^letta_/;
/** Letta's processing statuses that are finished one way or the other. */
const FILE_DONE = new Set(["completed", "error"]);

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** Everything of the file, part by part, with what the server holds of it. */
export function compareImport(input: ReportInput): ReportItem[] {
  const items: ReportItem[] = [];
  const byId = new Map(input.agents.map((agent) => [agent.id, agent]));
  input.file.agents.forEach((fileAgent, index) => {
    const serverId = input.agentIds[index];
    const server = serverId ? byId.get(serverId) : undefined;
    const name = server?.name ?? fileAgent.name ?? fileAgent.id;
    if (!server) {
      items.push({
        agent: name,
        part: "agent",
        name,
        status: "missing",
        detail: "Letta did not create this agent.",
        action: "Import the file again; if it fails again, check the Letta server's log.",
      });
      return;
    }
    items.push(agentItem(server));
    items.push(...blockItems(input.file, fileAgent, server));
    items.push(...toolItems(input, fileAgent, server));
    items.push(...toolRuleItems(fileAgent, server));
    items.push(...folderItems(input, fileAgent, server));
    items.push(messageItem(fileAgent, server));
  });
  items.push(...groupItems(input));
  for (const mcp of input.file.mcp_servers) {
    items.push({
      agent: null,
      part: "MCP server",
      name: mcp.server_name,
      status: "note",
      detail: `Imported without its credentials (${mcp.server_type}).`,
      action: "Set up its headers or environment on the MCP servers page.",
    });
  }
  for (const skill of input.file.skills ?? []) {
    items.push({
      agent: null,
      part: "skill",
      name: skill.name,
      status: "missing",
      detail: "Letta 0.16.8 does not import skills.",
      action: "Add what the skill does as a tool or a memory block by hand.",
    });
  }
  return items;
}

function agentItem(server: ImportedAgentState): ReportItem {
  return {
    agent: server.name,
    part: "agent",
    name: server.name,
    status: "ok",
    detail: `${server.agentType}, model ${server.model ?? "none"}, embedding ${server.embedding ?? "none"}.`,
  };
}

function blockItems(file: AgentFile, fileAgent: AgentFileAgent, server: ImportedAgentState): ReportItem[] {
  const blocks = new Map(server.blocks.map((block) => [block.label, block]));
  return (fileAgent.block_ids ?? []).flatMap((blockId): ReportItem[] => {
    const fileBlock = file.blocks.find((block) => block.id === blockId);
    if (!fileBlock) return [];
    const base = { agent: server.name, part: "block" as const, name: fileBlock.label };
    const held = blocks.get(fileBlock.label);
    if (!held)
      return [{ ...base, status: "missing", detail: "Not attached to the agent.", action: "Add the block again." }];
    const differences: string[] = [];
    if (held.value !== fileBlock.value)
      differences.push(`value (${held.value.length} characters, the file has ${fileBlock.value.length})`);
    const limit = typeof fileBlock.limit === "number" ? fileBlock.limit : null;
    if (limit !== null && held.limit !== limit) differences.push(`limit ${held.limit} (the file has ${limit})`);
    const readOnly = typeof fileBlock.read_only === "boolean" ? fileBlock.read_only : null;
    if (readOnly !== null && held.readOnly !== readOnly) differences.push(`read-only ${held.readOnly}`);
    if (differences.length > 0)
      return [
        {
          ...base,
          status: "changed",
          detail: `Differs from the file: ${differences.join(", ")}.`,
          action: "Compare it with the file in the block editor.",
        },
      ];
    return [{ ...base, status: "ok", detail: `${plural(held.value.length, "character")}, as in the file.` }];
  });
}

function toolItems(input: ReportInput, fileAgent: AgentFileAgent, server: ImportedAgentState): ReportItem[] {
  const tools = new Map(server.tools.map((tool) => [tool.name, tool]));
  const before = new Map(input.toolsBefore.map((tool) => [tool.name, tool]));
  return (fileAgent.tool_ids ?? []).flatMap((toolId): ReportItem[] => {
    const fileTool = input.file.tools.find((tool) => tool.id === toolId);
    if (!fileTool?.name) return [];
    const base = { agent: server.name, part: "tool" as const, name: fileTool.name };
    const held = tools.get(fileTool.name);
    if (!held)
      return [
        {
          ...base,
          status: "missing",
          detail: "Not attached to the agent.",
          action: "Attach it from the tool library on the agent's Tools tab.",
        },
      ];
    if (LETTA_TOOL_TYPE.test(fileTool.tool_type ?? held.toolType ?? ""))
      return [{ ...base, status: "ok", detail: "Letta's built-in tool (the server's own version)." }];
    const previous = before.get(fileTool.name);
    const sameCode = (fileTool.source_code ?? null) === held.sourceCode;
    if (!previous?.existed) return [{ ...base, status: "ok", detail: "Added with the file's code." }];
    if (previous.sameCode) return [{ ...base, status: "ok", detail: "Already on the server with the same code." }];
    if (sameCode)
      return [{ ...base, status: "ok", detail: "Replaced the server's tool of this name with the file's code." }];
    return [
      {
        ...base,
        status: "changed",
        detail: "Kept the server's tool of this name; the file's code differs.",
        action: input.overwriteTools
          ? "Check the tool's code in the tool library."
          : "Import again with “Replace this server's tools of the same name” to use the file's code.",
      },
    ];
  });
}

function ruleKey(rule: { type: string; tool_name?: string; toolName?: string }): string {
  return `${rule.type} ${rule.tool_name ?? rule.toolName ?? ""}`;
}

function toolRuleItems(fileAgent: AgentFileAgent, server: ImportedAgentState): ReportItem[] {
  const held = new Set(server.toolRules.map(ruleKey));
  return (fileAgent.tool_rules ?? []).map((rule) => {
    const name = `${rule.type} on ${rule.tool_name}`;
    return held.has(ruleKey(rule))
      ? { agent: server.name, part: "tool rule", name, status: "ok", detail: "As in the file." }
      : {
          agent: server.name,
          part: "tool rule",
          name,
          status: "missing",
          detail: "The agent does not have this rule.",
          action: "Add it again on the agent's Tools tab.",
        };
  });
}

function folderItems(input: ReportInput, fileAgent: AgentFileAgent, server: ImportedAgentState): ReportItem[] {
  const offered = new Set(
    input.embeddings.flatMap((option) => (option.endpoint ? [normalizeEndpoint(option.endpoint)] : [])),
  );
  return (fileAgent.source_ids ?? []).flatMap((sourceId): ReportItem[] => {
    const source = input.file.sources.find((entry) => entry.id === sourceId);
    if (!source) return [];
    // Letta adds a suffix (`docs_1a2b3c4d`) when a folder of that name exists.
    const folder = server.folders.find(
      (entry) => entry.name === source.name || entry.name.startsWith(`${source.name}_`),
    );
    const base = { agent: server.name, part: "folder" as const, name: source.name };
    if (!folder)
      return [
        {
          ...base,
          status: "missing",
          detail: "Not attached to the agent.",
          action: "Create the folder on the Folders page and upload its files again.",
        },
      ];
    const reachable = folder.embeddingEndpoint !== null && offered.has(normalizeEndpoint(folder.embeddingEndpoint));
    const renamed = folder.name === source.name ? "" : ` Named ${folder.name} on the server (the name was taken).`;
    const folderItem: ReportItem = reachable
      ? { ...base, status: "ok", detail: `Embeds with ${folder.embeddingHandle ?? "the server's model"}.${renamed}` }
      : {
          ...base,
          status: "failed",
          detail: `Embeds through ${folder.embeddingEndpoint ?? "no endpoint"}, which this server does not offer.${renamed}`,
          action: "Delete the imported agents and folder, and import again with an embedding model this server offers.",
        };
    return [folderItem, ...fileItems(input.file, source.id, folder, server.name)];
  });
}

function fileItems(file: AgentFile, sourceId: string, folder: ImportedFolderState, agent: string): ReportItem[] {
  return file.files
    .filter((entry) => entry.source_id === sourceId)
    .map((entry): ReportItem => {
      const name = entry.original_file_name ?? entry.file_name ?? entry.id;
      const held = folder.files.find(
        (candidate) =>
          candidate.name === name ||
          candidate.name === entry.file_name ||
          entry.file_name?.endsWith(`/${candidate.name}`),
      );
      const base = { agent, part: "file" as const, name };
      if (!held)
        return {
          ...base,
          status: "missing",
          detail: `Not in the folder ${folder.name}.`,
          action: "Upload it to the folder again.",
        };
      if (held.status === "completed")
        return {
          ...base,
          status: "ok",
          detail: `Processed (${plural(held.totalChunks ?? held.chunksEmbedded ?? 0, "chunk")}).`,
        };
      if (held.status === "error")
        return {
          ...base,
          status: "failed",
          detail: `Processing failed: ${held.error ?? "Letta gave no reason"}.`,
          action: "Upload the file to the folder again once its embedding model works.",
        };
      return { ...base, status: "processing", detail: `Letta is processing it (${held.status}).` };
    });
}

/** True while any of the imported files is still being processed (the report keeps polling). */
export function filesPending(agents: readonly ImportedAgentState[]): boolean {
  return agents.some((agent) =>
    agent.folders.some((folder) => folder.files.some((file) => !FILE_DONE.has(file.status))),
  );
}

function messageItem(fileAgent: AgentFileAgent, server: ImportedAgentState): ReportItem {
  const expected = fileAgent.in_context_message_ids?.length ?? 0;
  const base = { agent: server.name, part: "messages" as const, name: "in-context messages" };
  if (server.inContextMessageCount >= expected)
    return {
      ...base,
      status: "ok",
      detail: `${plural(server.inContextMessageCount, "message")} in context (the file has ${expected}); ${plural(fileAgent.messages?.length ?? 0, "message")} imported.`,
    };
  return {
    ...base,
    status: "missing",
    detail: `${plural(server.inContextMessageCount, "message")} in context; the file has ${expected}.`,
    action: "Import the file again with its messages.",
  };
}

function groupItems(input: ReportInput): ReportItem[] {
  const idOf = (fileAgentId: string | null | undefined) => {
    const index = input.file.agents.findIndex((agent) => agent.id === fileAgentId);
    return index >= 0 ? input.agentIds[index] : undefined;
  };
  const agentsById = new Map(input.agents.map((agent) => [agent.id, agent]));
  const sleeptimeIds = new Set(sleeptimeGroups(input.file).map((group) => group.id));
  return input.file.groups.flatMap((group): ReportItem[] => {
    const managerType = group.manager_config?.manager_type ?? "group";
    const managerId = idOf(group.manager_config?.manager_agent_id);
    const memberIds = group.agent_ids.map(idOf);
    const holder = [managerId, ...memberIds]
      .map((id) => (id ? agentsById.get(id) : undefined))
      .find((agent) => agent?.group);
    const manager = managerId ? agentsById.get(managerId) : undefined;
    const base = { agent: manager?.name ?? null, part: "group" as const, name: `${managerType} group` };
    const held = holder?.group;
    const items: ReportItem[] = [];
    if (!held || held.managerType !== managerType || memberIds.some((id) => !id || !held.agentIds.includes(id))) {
      items.push({
        ...base,
        status: "missing",
        detail: "The server has no such group for the imported agents.",
        action: "Delete the imported agents and import the file again.",
      });
    } else {
      const members = memberIds.map((id) => (id ? (agentsById.get(id)?.name ?? id) : "?"));
      items.push({ ...base, status: "ok", detail: `${managerType} group with ${members.join(", ")}.` });
    }
    if (sleeptimeIds.has(group.id) && manager) {
      items.push(
        manager.enableSleeptime
          ? {
              ...base,
              part: "sleep-time",
              name: "sleep-time",
              status: "ok",
              detail: "On: the sleep-time agent runs after the main agent's turns.",
            }
          : {
              ...base,
              part: "sleep-time",
              name: "sleep-time",
              status: "changed",
              detail: "Off: the sleep-time agent exists but never runs.",
              action: "Switch sleep-time on in the agent's Sleep-time tab.",
            },
      );
    }
    return items;
  });
}
