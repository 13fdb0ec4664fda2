import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseAgentFile } from "./parse";

const fixtures = path.resolve(import.meta.dirname, "../../e2e/fixtures/agent-files");
const fixture = (name: string) => readFileSync(path.join(fixtures, name), "utf8");

function minimalFile(overrides: Record<string, unknown> = {}) {
  return {
    agents: [
      { id: "agent-0", name: "Ada", block_ids: ["block-0"], tool_ids: [], messages: [], in_context_message_ids: [] },
    ],
    groups: [],
    blocks: [{ id: "block-0", label: "persona", value: "I am Ada." }],
    files: [],
    sources: [],
    tools: [],
    mcp_servers: [],
    ...overrides,
  };
}

function errorOf(text: string): string {
  const result = parseAgentFile(text);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.error;
}

describe("parseAgentFile", () => {
  it.each(["deep_research_agent.af", "memgpt_agent_with_convo.af", "evie.af", "lettabot.af"])(
    "accepts the published file %s",
    (name) => {
      const result = parseAgentFile(fixture(name));
      expect(result.ok).toBe(true);
    },
  );

  it("summarises agents, models and groups", () => {
    const result = parseAgentFile(fixture("evie.af"));
    if (!result.ok) throw new Error(result.error);
    expect(result.summary.agents.map((agent) => agent.name)).toEqual(["Evie", "companion-sleeptime_copy"]);
    expect(result.summary.agents[0]?.model).toBe("anthropic/claude-opus-4-5-20251101");
    expect(result.summary.agents[0]?.embedding).toBe("openai/text-embedding-3-small");
    expect(result.summary.groupCount).toBe(1);
    expect(result.summary.toolNames).toContain("memory_rethink");
    expect(result.decodedTwice).toBe(false);
  });

  it("decodes a document that was encoded twice", () => {
    const result = parseAgentFile(JSON.stringify(JSON.stringify(minimalFile())));
    expect(result.ok).toBe(true);
    expect(result.ok && result.decodedTwice).toBe(true);
  });

  it("refuses a JSON string that does not hold an agent file", () => {
    expect(errorOf(JSON.stringify("hello"))).toMatch(/JSON string.*not an agent file/);
    expect(errorOf(JSON.stringify("[1, 2]"))).toMatch(/JSON string.*not an agent file/);
  });

  it("refuses an empty file", () => {
    expect(errorOf("")).toBe("The file is empty.");
    expect(errorOf("  \n\t")).toBe("The file is empty.");
  });

  it("refuses invalid JSON", () => {
    expect(errorOf("{ agents: [")).toMatch(/^The file is not valid JSON/);
  });

  it("refuses JSON that is not an agent file", () => {
    expect(errorOf("[]")).toMatch(/no "agents" list/);
    expect(errorOf("null")).toMatch(/no "agents" list/);
    expect(errorOf(JSON.stringify({ name: "legacy agent", memory: {} }))).toMatch(/no "agents" list/);
  });

  it("names the fields that have the wrong shape", () => {
    expect(errorOf(JSON.stringify({ agents: "nope" }))).toMatch(/agents: .*array/i);
    expect(errorOf(JSON.stringify(minimalFile({ tools: undefined })))).toMatch(/tools:/);
    expect(errorOf(JSON.stringify(minimalFile({ agents: [] })))).toMatch(/holds no agents/);
    expect(errorOf(JSON.stringify(minimalFile({ blocks: [{ id: "block-0", label: "persona" }] })))).toMatch(
      /blocks\.0\.value/,
    );
    expect(errorOf(JSON.stringify(minimalFile({ agents: [{ id: "ada" }] })))).toMatch(
      /agents\.0\.id: must look like "agent-0"/,
    );
  });

  it("refuses references to entities the file does not hold", () => {
    const file = minimalFile({ blocks: [] });
    expect(errorOf(JSON.stringify(file))).toMatch(/agent agent-0 refers to block-0, which is not in the file/);
    const group = minimalFile({ groups: [{ id: "group-0", agent_ids: ["agent-7"] }] });
    expect(errorOf(JSON.stringify(group))).toMatch(/group group-0 refers to agent-7/);
  });

  it("refuses duplicate ids", () => {
    const file = minimalFile({
      blocks: [
        { id: "block-0", label: "a", value: "" },
        { id: "block-0", label: "b", value: "" },
      ],
    });
    expect(errorOf(JSON.stringify(file))).toMatch(/block-0 is used twice/);
  });
});
