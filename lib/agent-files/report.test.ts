import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ImportedAgentState } from "./import-state";
import { parseAgentFile } from "./parse";
import { prepareForImport } from "./prepare";
import { compareImport, filesPending, type ReportInput } from "./report";
import { agentFileSchema, type AgentFile } from "./schema";

const fixtures = path.resolve(import.meta.dirname, "../../e2e/fixtures/agent-files");
const SERVER_ENDPOINT = "http://127.0.0.1:8284/v1";
const embeddings = [{ handle: "openai/text-embedding-3-small", endpoint: SERVER_ENDPOINT }];

function fixture(name: string): AgentFile {
  const parsed = parseAgentFile(readFileSync(path.join(fixtures, name), "utf8"));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.file;
}

/** The server state of a perfect import of `file`: agent i gets id `agent-db-i`. */
function perfectState(file: AgentFile): ImportedAgentState[] {
  const dbId = (fileId: string) => `agent-db-${file.agents.findIndex((agent) => agent.id === fileId)}`;
  return file.agents.map((agent) => {
    const group = file.groups.find(
      (entry) => entry.manager_config?.manager_agent_id === agent.id || entry.agent_ids.includes(agent.id),
    );
    return {
      id: dbId(agent.id),
      name: agent.name ?? agent.id,
      agentType: agent.agent_type ?? "letta_v1_agent",
      enableSleeptime: agent.enable_sleeptime === true,
      model: "openai-proxy/scripted-model",
      embedding: "openai/text-embedding-3-small",
      embeddingEndpoint: SERVER_ENDPOINT,
      blocks: file.blocks
        .filter((block) => agent.block_ids?.includes(block.id))
        .map((block) => ({
          label: block.label,
          value: block.value,
          limit: typeof block.limit === "number" ? block.limit : 20000,
          readOnly: block.read_only === true,
        })),
      tools: file.tools
        .filter((tool) => agent.tool_ids?.includes(tool.id))
        .map((tool) => ({
          name: tool.name ?? "",
          toolType: tool.tool_type ?? null,
          sourceCode: tool.source_code ?? null,
        })),
      toolRules: (agent.tool_rules ?? []).map((rule) => ({ type: rule.type, toolName: rule.tool_name })),
      inContextMessageCount: agent.in_context_message_ids?.length ?? 0,
      group: group
        ? {
            id: "group-db",
            managerType: group.manager_config?.manager_type ?? "",
            agentIds: group.agent_ids.map(dbId),
            managerAgentId: dbId(group.manager_config?.manager_agent_id ?? ""),
          }
        : null,
      folders: file.sources
        .filter((source) => agent.source_ids?.includes(source.id))
        .map((source) => ({
          id: `source-db-${source.id}`,
          name: source.name,
          embeddingHandle: "openai/text-embedding-3-small",
          embeddingEndpoint: SERVER_ENDPOINT,
          files: file.files
            .filter((entry) => entry.source_id === source.id)
            .map((entry) => ({
              id: `file-db-${entry.id}`,
              name: entry.original_file_name ?? entry.file_name ?? entry.id,
              status: "completed",
              error: null,
              chunksEmbedded: 1,
              totalChunks: 1,
            })),
        })),
    };
  });
}

function input(file: AgentFile, agents = perfectState(file)): ReportInput {
  return {
    file,
    agentIds: file.agents.map((_, index) => `agent-db-${index}`),
    agents,
    toolsBefore: [],
    overwriteTools: false,
    embeddings,
  };
}

const folderFile = agentFileSchema.parse({
  agents: [
    {
      id: "agent-0",
      name: "Reader",
      block_ids: ["block-0"],
      tool_ids: [],
      source_ids: ["source-0"],
      messages: [{ id: "message-0", role: "system" }],
      in_context_message_ids: ["message-0"],
    },
  ],
  groups: [],
  blocks: [{ id: "block-0", label: "notes/today", value: "Read the docs." }],
  files: [
    { id: "file-0", source_id: "source-0", file_name: "docs/a.txt", original_file_name: "a.txt", content: "A" },
    { id: "file-1", source_id: "source-0", file_name: "docs/b.txt", original_file_name: "b.txt", content: "B" },
  ],
  sources: [
    {
      id: "source-0",
      name: "docs",
      embedding_config: { handle: "openai/x", embedding_endpoint: "https://api.openai.com/v1" },
    },
  ],
  tools: [],
  mcp_servers: [],
});

describe("compareImport", () => {
  it.each(["deep_research_agent.af", "memgpt_agent_with_convo.af", "evie.af", "lettabot.af"])(
    "lists every part of %s as it arrived",
    (name) => {
      const file = prepareForImport(fixture(name), { enableSleeptime: true });
      const items = compareImport(input(file));
      expect(
        items.filter((item) => item.status !== "ok" && item.status !== "missing" && item.part !== "skill"),
      ).toEqual([]);
      for (const agent of file.agents) {
        expect(items.filter((item) => item.part === "block" && item.agent === agent.name)).toHaveLength(
          agent.block_ids?.length ?? 0,
        );
        expect(items.filter((item) => item.part === "tool" && item.agent === agent.name)).toHaveLength(
          agent.tool_ids?.length ?? 0,
        );
        expect(items.filter((item) => item.part === "tool rule" && item.agent === agent.name)).toHaveLength(
          agent.tool_rules?.length ?? 0,
        );
      }
      expect(items.filter((item) => item.part === "skill")).toHaveLength(file.skills?.length ?? 0);
      expect(items.filter((item) => item.status === "missing" && item.part !== "skill")).toEqual([]);
    },
  );

  it("reports evie's sleep-time group, and sleep-time switched off with what to do", () => {
    const file = fixture("evie.af");
    const items = compareImport(input(file));
    expect(items.find((item) => item.part === "group")).toMatchObject({ status: "ok", name: "sleeptime group" });
    expect(items.find((item) => item.part === "sleep-time")).toMatchObject({
      status: "changed",
      action: expect.stringContaining("Sleep-time tab"),
    });
    const on = compareImport(input(prepareForImport(file, { enableSleeptime: true })));
    expect(on.find((item) => item.part === "sleep-time")?.status).toBe("ok");
  });

  it("names a missing block, a changed value, a missing tool rule and a missing group", () => {
    const file = fixture("evie.af");
    const [main, sleeptime] = perfectState(file);
    if (!main || !sleeptime) throw new Error("two agents expected");
    const broken: ImportedAgentState = {
      ...main,
      blocks: main.blocks
        .filter((block) => block.label !== "persona")
        .map((block) => (block.label === "guardrails" ? { ...block, value: "changed" } : block)),
      toolRules: [],
      group: null,
    };
    const items = compareImport(input(file, [broken, { ...sleeptime, group: null }]));
    expect(
      items.find((item) => item.part === "block" && item.name === "persona" && item.agent === "Evie"),
    ).toMatchObject({
      status: "missing",
    });
    expect(items.find((item) => item.name === "guardrails" && item.agent === "Evie")?.status).toBe("changed");
    expect(items.find((item) => item.part === "tool rule" && item.agent === "Evie")?.status).toBe("missing");
    expect(items.find((item) => item.part === "group")?.status).toBe("missing");
  });

  it("says which tools were kept, replaced or added", () => {
    const file = fixture("deep_research_agent.af");
    const state = perfectState(file);
    const agent = state[0];
    if (!agent) throw new Error("no agent");
    const kept = {
      ...agent,
      tools: agent.tools.map((tool) =>
        tool.name === "reset_research" ? { ...tool, sourceCode: "def other(): ..." } : tool,
      ),
    };
    const items = compareImport({
      ...input(file, [kept]),
      toolsBefore: [
        { name: "reset_research", existed: true, sameCode: false },
        { name: "create_research_plan", existed: true, sameCode: false },
      ],
    });
    expect(items.find((item) => item.name === "reset_research")).toMatchObject({
      status: "changed",
      detail: expect.stringContaining("Kept the server's tool"),
    });
    expect(items.find((item) => item.name === "create_research_plan")?.detail).toMatch(/^Replaced/);
    expect(items.find((item) => item.name === "web_search")?.detail).toMatch(/built-in/);
  });

  it("follows the folder's files through processing, and names a failure with its reason", () => {
    const state = perfectState(folderFile);
    const agent = state[0];
    const folder = agent?.folders[0];
    if (!agent || !folder) throw new Error("no folder");
    const processing = [
      {
        ...agent,
        folders: [
          {
            ...folder,
            files: [
              { ...folder.files[0]!, status: "embedding" },
              { ...folder.files[1]!, status: "error", error: "Connection error" },
            ],
          },
        ],
      },
    ];
    expect(filesPending(processing)).toBe(true);
    const items = compareImport(input(folderFile, processing));
    expect(items.find((item) => item.part === "folder")).toMatchObject({ status: "ok", name: "docs" });
    expect(items.find((item) => item.name === "a.txt")?.status).toBe("processing");
    expect(items.find((item) => item.name === "b.txt")).toMatchObject({
      status: "failed",
      detail: "Processing failed: Connection error.",
    });
    expect(filesPending(state)).toBe(false);
    expect(compareImport(input(folderFile, state)).find((item) => item.name === "a.txt")?.status).toBe("ok");
  });

  it("flags a folder that embeds through an endpoint the server does not offer", () => {
    const state = perfectState(folderFile);
    const agent = state[0];
    const folder = agent?.folders[0];
    if (!agent || !folder) throw new Error("no folder");
    const unreachable = [
      { ...agent, folders: [{ ...folder, name: "docs_1a2b3c4d", embeddingEndpoint: "https://api.openai.com/v1" }] },
    ];
    const item = compareImport(input(folderFile, unreachable)).find((entry) => entry.part === "folder");
    expect(item).toMatchObject({ status: "failed", detail: expect.stringContaining("docs_1a2b3c4d") });
  });

  it("names an agent Letta did not create", () => {
    const items = compareImport({ ...input(folderFile), agents: [] });
    expect(items).toEqual([expect.objectContaining({ part: "agent", status: "missing" })]);
  });
});
