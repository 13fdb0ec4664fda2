import "server-only";
import type { Tool } from "@letta-ai/letta-client/resources/tools";
import { AppError } from "@/lib/errors";
import { toolKind } from "@/lib/tools/kind";
import type { PipRequirement } from "@/lib/tools/pip";
import type { ToolDetail, ToolRunResult, ToolSummary, ToolUsage } from "@/lib/tools/types";
import { withLetta } from "./client";
import type { ToolOption } from "@/lib/tools/types";
export type { ToolOption };

const TOOL_LIMIT = 200;

/** Custom tools (made by people, not the server's built-ins) that can be attached to a new agent. */
export async function listAttachableTools(): Promise<ToolOption[]> {
  return withLetta(async (client) => {
    const page = await client.tools.list({
      limit: TOOL_LIMIT,
      tool_types: ["custom", "external_mcp", "external_composio", "external_langchain"],
    });
    return page
      .getPaginatedItems()
      .flatMap((tool) =>
        tool.name
          ? [
              {
                id: tool.id,
                name: tool.name,
                description: tool.description ?? null,
                toolType: tool.tool_type ?? "custom",
              },
            ]
          : [],
      )
      .sort((a, b) => a.name.localeCompare(b.name));
  });
}

const MCP_TAG = "mcp:";

export function toToolSummary(tool: Tool): ToolSummary {
  const mcpTag = tool.tags?.find((tag) => tag.startsWith(MCP_TAG));
  return {
    id: tool.id,
    name: tool.name ?? "",
    description: tool.description ?? null,
    toolType: tool.tool_type ?? "custom",
    kind: toolKind(tool.tool_type),
    mcpServer: mcpTag ? mcpTag.slice(MCP_TAG.length) : null,
  };
}

function toToolDetail(tool: Tool): ToolDetail {
  return {
    ...toToolSummary(tool),
    sourceCode: tool.source_code ?? null,
    jsonSchema: tool.json_schema ?? null,
    pipRequirements: (tool.pip_requirements ?? []).map((requirement) => ({
      name: requirement.name,
      version: requirement.version ?? null,
    })),
    tags: tool.tags ?? [],
  };
}

/** The library shows this many tools; a search (by name, on the server) finds the rest. */
const TOOL_LIBRARY_SIZE = 200;

/** Tools on the server, every type, optionally those whose name contains `search`. */
export async function listLibraryTools(search: string): Promise<ToolSummary[]> {
  return withLetta(async (client) => {
    const query = search.trim();
    const page = await client.tools.list({ limit: TOOL_LIBRARY_SIZE, ...(query ? { search: query } : {}) });
    return page
      .getPaginatedItems()
      .filter((tool) => tool.name)
      .map(toToolSummary)
      .sort((a, b) => a.name.localeCompare(b.name));
  });
}

export async function getTool(toolId: string): Promise<ToolDetail> {
  return withLetta(async (client) => toToolDetail(await client.tools.retrieve(toolId)));
}

export interface ToolSourceInput {
  sourceCode: string;
  pipRequirements: PipRequirement[];
}

/** Creates a custom Python tool; the server derives its name and JSON schema from the source (and refuses bad source). */
export async function createTool(input: ToolSourceInput): Promise<ToolDetail> {
  return withLetta(async (client) =>
    toToolDetail(
      await client.tools.create({
        source_code: input.sourceCode,
        source_type: "python",
        pip_requirements: input.pipRequirements,
      }),
    ),
  );
}

/**
 * Saves new source for a custom tool. The server keeps the old schema when only the source changes, so the
 * schema is derived from the new source first (the server's own generator, which also refuses bad source);
 * a new function name renames the tool.
 */
export async function updateTool(toolId: string, input: ToolSourceInput): Promise<ToolDetail> {
  return withLetta(async (client) => {
    const current = await client.tools.retrieve(toolId);
    if (toolKind(current.tool_type) !== "custom") {
      throw new AppError(
        "invalid_input",
        "Only custom tools can be edited.",
        "Letta's own tools and MCP tools are defined by the server.",
      );
    }
    const schema = await client.post<Record<string, unknown>>("/v1/tools/generate-schema", {
      body: { code: input.sourceCode, source_type: "python" },
    });
    const updated = await client.tools.update(toolId, {
      source_code: input.sourceCode,
      source_type: "python",
      json_schema: schema,
      ...(typeof schema.description === "string" ? { description: schema.description } : {}),
      pip_requirements: input.pipRequirements,
    });
    return toToolDetail(updated);
  });
}

export async function deleteTool(toolId: string): Promise<void> {
  await withLetta((client) => client.tools.delete(toolId));
}

const USAGE_PAGE = 100;
const USAGE_PAGES = 20;

/** The agents that have a tool attached. The server has no such lookup, so this reads agents page by page (up to 2,000). */
export async function agentsUsingTool(toolId: string): Promise<ToolUsage> {
  return withLetta(async (client) => {
    const agents: ToolUsage["agents"] = [];
    let after: string | undefined;
    for (let page = 0; page < USAGE_PAGES; page += 1) {
      const items = (
        await client.agents.list({
          limit: USAGE_PAGE,
          order: "asc",
          include: ["agent.tools"],
          ...(after ? { after } : {}),
        })
      ).getPaginatedItems();
      for (const agent of items)
        if (agent.tools.some((tool) => tool.id === toolId)) agents.push({ id: agent.id, name: agent.name });
      if (items.length < USAGE_PAGE) return { agents, complete: true };
      after = items.at(-1)?.id;
    }
    return { agents, complete: false };
  });
}

interface RunFromSourceResponse {
  tool_return?: string | null;
  status?: string | null;
  stdout?: string[] | null;
  stderr?: string[] | null;
}

/** Runs Python source (saved or not) in the server's tool sandbox with the given arguments. */
export async function runToolSource(
  input: ToolSourceInput & { args: Record<string, unknown> },
): Promise<ToolRunResult> {
  return withLetta(async (client) => {
    const response = await client.post<RunFromSourceResponse>("/v1/tools/run", {
      body: {
        source_code: input.sourceCode,
        source_type: "python",
        args: input.args,
        pip_requirements: input.pipRequirements,
      },
      timeout: 120_000,
      maxRetries: 0,
    });
    return {
      status: response.status === "error" ? "error" : "success",
      result: response.tool_return ?? "",
      stdout: response.stdout ?? [],
      stderr: response.stderr ?? [],
    };
  });
}
