import { describe, expect, it } from "vitest";
import { createAgentSchema, fieldErrors, updateAgentSchema, type CreateAgentInput } from "./create-schema";
import { blankValues } from "./templates";

const valid: CreateAgentInput = { ...blankValues, name: "helper", model: "openai-proxy/scripted-model", embedding: "" };

function errorsOf(input: CreateAgentInput): Record<string, string> {
  const result = createAgentSchema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

describe("createAgentSchema", () => {
  it("accepts the blank form with a name and a model", () => {
    expect(createAgentSchema.safeParse(valid).success).toBe(true);
  });

  it("asks for a name when it is empty or only spaces", () => {
    expect(errorsOf({ ...valid, name: "   " }).name).toBe("Give the agent a name.");
  });

  it("asks for a model when none is chosen (or none is available)", () => {
    expect(errorsOf({ ...valid, model: "" }).model).toMatch(/^Choose a model/);
  });

  it("refuses a block value over its limit, on that block's value", () => {
    const blocks = [{ label: "persona", value: "x".repeat(11), limit: 10, description: "", readOnly: false }];
    expect(errorsOf({ ...valid, blocks })["blocks.0.value"]).toBe(
      "The value has 11 characters, over the block's limit of 10.",
    );
  });

  it("refuses a duplicate block label on the second block", () => {
    const block = { label: "notes", value: "", limit: 100, description: "", readOnly: false };
    const errors = errorsOf({ ...valid, blocks: [block, { ...block, label: " notes " }] });
    expect(errors["blocks.1.label"]).toBe('Block 1 already uses the label "notes": labels must be unique.');
    expect(errors["blocks.0.label"]).toBeUndefined();
  });

  it("refuses an empty label, a label with spaces and a limit that is not a number", () => {
    const blocks = [
      { label: "", value: "", limit: 100, description: "", readOnly: false },
      { label: "my notes", value: "", limit: 100, description: "", readOnly: false },
      { label: "ok", value: "", limit: Number.NaN, description: "", readOnly: false },
    ];
    const errors = errorsOf({ ...valid, blocks });
    expect(errors["blocks.0.label"]).toBe("Give the block a label");
    expect(errors["blocks.1.label"]).toMatch(/no spaces/);
    expect(
      errorsOf({
        ...valid,
        blocks: [{ label: "notes/today", value: "", limit: 100, description: "", readOnly: false }],
      }),
    ).toEqual({});
    expect(errors["blocks.2.limit"]).toBe("The limit must be a number.");
  });

  it("needs an embedding for sleep-time memory", () => {
    expect(errorsOf({ ...valid, enableSleeptime: true }).embedding).toBe("Sleep-time memory needs an embedding model.");
    expect(errorsOf({ ...valid, enableSleeptime: true, embedding: "openai/text-embedding-3-small" })).toEqual({});
  });

  it("refuses agent types that are not meant to be created by hand", () => {
    const result = createAgentSchema.safeParse({ ...valid, agentType: "sleeptime_agent" });
    expect(result.success).toBe(false);
  });

  it("trims, and drops duplicate tags and tool names", () => {
    const parsed = createAgentSchema.parse({ ...valid, name: " a ", tags: ["x", " x", "y"], toolNames: ["t", "t"] });
    expect(parsed.name).toBe("a");
    expect(parsed.tags).toEqual(["x", "y"]);
    expect(parsed.toolNames).toEqual(["t"]);
  });
});

describe("updateAgentSchema", () => {
  it("accepts any one field and refuses nothing to change", () => {
    expect(updateAgentSchema.safeParse({ tags: [] }).success).toBe(true);
    expect(updateAgentSchema.safeParse({}).success).toBe(false);
  });

  it("refuses an empty name", () => {
    const result = updateAgentSchema.safeParse({ name: " " });
    expect(result.success ? {} : fieldErrors(result.error)).toEqual({ name: "Give the agent a name." });
  });
});
