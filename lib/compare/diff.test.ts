import { describe, expect, it } from "vitest";
import { canonicalRule, compareAgents, summarize } from "./diff";
import { canCopySetting, formatSetting, settingValue } from "./settings";
import type { CompareSide } from "./types";

function side(overrides: Partial<CompareSide> = {}): CompareSide {
  return {
    agentId: "agent-a",
    name: "support",
    description: "Answers questions",
    agentType: "letta_v1_agent",
    model: "openai-proxy/scripted-model",
    embedding: "openai/text-embedding-3-small",
    system: "You are helpful.\nBe brief.",
    tags: ["team", "prod"],
    llm: { temperature: 0.7, contextWindow: 30000, maxTokens: 4096, reasoning: false, reasoningEffort: null },
    blocks: [
      { id: "block-h", label: "human", value: "Likes tea.", limit: 5000, description: "The user", readOnly: false },
      { id: "block-p", label: "persona", value: "I help.", limit: 5000, description: null, readOnly: false },
    ],
    toolNames: ["memory_insert", "shout"],
    tools: [
      { id: "tool-1", name: "memory_insert" },
      { id: "tool-2", name: "shout" },
    ],
    toolRules: [{ type: "exit_loop", tool_name: "shout" }],
    sleeptime: { enabled: false, frequency: null },
    sleeptimeGroupId: null,
    ...overrides,
  };
}

const labels = (items: { label: string }[]) => items.map((item) => item.label);

describe("compareAgents", () => {
  it("finds nothing between an agent and its exact copy (other ids, other name)", () => {
    const b = side({
      agentId: "agent-b",
      name: "support-copy",
      blocks: side().blocks.map((block) => ({ ...block, id: `${block.id}-copy` })),
      tools: side().tools.map((tool) => ({ ...tool, id: `${tool.id}-copy` })),
      tags: ["prod", "team"],
    });
    const result = compareAgents(side(), b);
    expect(result.differences).toEqual([]);
    expect(result.summary).toBe("No differences");
    expect(result.same.length).toBe(result.items.length);
  });

  it("names every setting that differs, with both values", () => {
    const b = side({
      agentId: "agent-b",
      model: "openai-proxy/scripted-model-2",
      llm: { temperature: 0.2, contextWindow: 30000, maxTokens: null, reasoning: false, reasoningEffort: null },
      sleeptime: { enabled: true, frequency: 3 },
      sleeptimeGroupId: "group-1",
      tags: ["team"],
      description: null,
    });
    const result = compareAgents(side(), b);
    expect(labels(result.differences)).toEqual([
      "model",
      "max output tokens",
      "temperature",
      "sleep-time",
      "sleep-time frequency",
      "tags",
      "description",
    ]);
    const model = result.differences[0];
    expect(model).toMatchObject({
      kind: "setting",
      key: "model",
      a: "openai-proxy/scripted-model",
      b: "openai-proxy/scripted-model-2",
    });
    expect(result.summary).toBe(
      "7 differences: model, max output tokens, temperature, sleep-time, sleep-time frequency, tags, description",
    );
  });

  it("diffs the system prompt as one item", () => {
    const result = compareAgents(side(), side({ system: "You are helpful.\nBe thorough." }));
    expect(result.differences).toEqual([
      {
        kind: "system",
        id: "system",
        label: "system prompt",
        equal: false,
        a: "You are helpful.\nBe brief.",
        b: "You are helpful.\nBe thorough.",
      },
    ]);
  });

  it("compares blocks by label: only on one side, or which fields differ", () => {
    const b = side({
      blocks: [
        { id: "block-x", label: "human", value: "Likes coffee.", limit: 6000, description: "The user", readOnly: true },
        { id: "block-y", label: "notes", value: "", limit: 100, description: null, readOnly: false },
        { id: "block-z", label: "persona", value: "I help.", limit: 5000, description: "", readOnly: false },
      ],
    });
    const result = compareAgents(side(), b);
    expect(labels(result.differences)).toEqual(["block human", "block notes"]);
    expect(result.differences[0]).toMatchObject({ blockLabel: "human", fields: ["value", "limit", "readOnly"] });
    expect(result.differences[1]).toMatchObject({ blockLabel: "notes", a: null, fields: [] });
    // A missing description and an empty one are the same.
    expect(result.same.map((item) => item.label)).toContain("block persona");
    const onlyA = compareAgents(b, side()).differences.find((item) => item.label === "block notes");
    expect(onlyA).toMatchObject({ b: null });
  });

  it("compares tools by name: only on A, only on B, on both", () => {
    const b = side({
      tools: [
        { id: "tool-9", name: "web_search" },
        { id: "tool-8", name: "memory_insert" },
      ],
    });
    const result = compareAgents(side(), b);
    expect(result.differences).toEqual([
      {
        kind: "tools",
        id: "tools",
        label: "tools",
        equal: false,
        onlyA: [{ id: "tool-2", name: "shout" }],
        onlyB: [{ id: "tool-9", name: "web_search" }],
        both: ["memory_insert"],
      },
    ]);
  });

  it("compares tool rules whatever their key order, ignoring empty fields", () => {
    const same = compareAgents(
      side({ toolRules: [{ type: "exit_loop", tool_name: "shout" }] }),
      side({ toolRules: [{ tool_name: "shout", prompt_template: null, type: "exit_loop" }] }),
    );
    expect(same.differences).toEqual([]);
    const result = compareAgents(
      side(),
      side({
        toolRules: [
          { type: "run_first", tool_name: "memory_insert" },
          { type: "exit_loop", tool_name: "shout" },
        ],
      }),
    );
    expect(result.differences).toEqual([
      {
        kind: "rules",
        id: "tool-rules",
        label: "tool rules",
        equal: false,
        onlyA: [],
        onlyB: ['{"tool_name":"memory_insert","type":"run_first"}'],
        both: ['{"tool_name":"shout","type":"exit_loop"}'],
      },
    ]);
  });

  it("puts the differences first, in the order settings, prompt, blocks, tools, rules", () => {
    const b = side({
      toolRules: [],
      tools: [{ id: "tool-1", name: "memory_insert" }],
      blocks: [
        side().blocks[1]!,
        { id: "b", label: "human", value: "x", limit: 5000, description: "The user", readOnly: false },
      ],
      system: "Other.",
      embedding: "openai/text-embedding-3-large",
    });
    const result = compareAgents(side(), b);
    expect(result.summary).toBe("5 differences: embedding, system prompt, block human, tools, tool rules");
    expect(result.items.slice(0, 5).every((item) => !item.equal)).toBe(true);
    expect(result.items.slice(5).every((item) => item.equal)).toBe(true);
    expect(result.items.length).toBe(result.differences.length + result.same.length);
  });
});

describe("summarize", () => {
  it("counts in words", () => {
    expect(summarize([])).toBe("No differences");
    expect(summarize([{ kind: "system", id: "system", label: "system prompt", equal: false, a: "", b: "x" }])).toBe(
      "1 difference: system prompt",
    );
  });
});

describe("settings", () => {
  it("reads a frequency only while sleep-time is on", () => {
    expect(settingValue(side({ sleeptime: { enabled: false, frequency: 5 } }), "sleeptimeFrequency")).toBeNull();
    expect(settingValue(side({ sleeptime: { enabled: true, frequency: 5 } }), "sleeptimeFrequency")).toBe(5);
  });

  it("formats values for people", () => {
    expect(formatSetting("maxTokens", null)).toBe("provider default");
    expect(formatSetting("sleeptime", true)).toBe("on");
    expect(formatSetting("tags", [])).toBe("none");
    expect(formatSetting("contextWindow", 30000)).toBe("30,000");
  });

  it("copies only what Letta can write", () => {
    expect(canCopySetting("agentType", "letta_v1_agent", side())).toBe(false);
    expect(canCopySetting("temperature", null, side())).toBe(false);
    expect(canCopySetting("maxTokens", null, side())).toBe(true);
    expect(canCopySetting("sleeptimeFrequency", 3, side())).toBe(false);
    expect(canCopySetting("sleeptimeFrequency", 3, side({ sleeptimeGroupId: "group-1" }))).toBe(true);
  });

  it("canonical rules sort keys deeply", () => {
    expect(canonicalRule({ type: "t", children: [{ b: 1, a: 2 }] })).toBe('{"children":[{"a":2,"b":1}],"type":"t"}');
  });
});
