import { describe, expect, it } from "vitest";
import { archivalToolNames, createAgentSchema } from "./create-schema";
import { agentTemplates, blankValues, findTemplate } from "./templates";

const chosen = { model: "openai-proxy/scripted-model", embedding: "openai/text-embedding-3-small" };

describe("agent templates", () => {
  it.each(agentTemplates.map((template) => [template.id, template] as const))(
    "%s passes the create schema",
    (_id, template) => {
      expect(createAgentSchema.safeParse({ ...template.values, ...chosen }).success).toBe(true);
    },
  );

  it("have unique ids", () => {
    expect(new Set(agentTemplates.map((template) => template.id)).size).toBe(agentTemplates.length);
  });

  it("cover a companion, a support agent, a research agent with archival tools and a sleep-time agent", () => {
    expect(findTemplate("companion")?.values.blocks.map((block) => block.label)).toEqual(["persona", "human"]);
    expect(findTemplate("support")?.values.blocks.some((block) => block.readOnly)).toBe(true);
    expect(findTemplate("research")?.values.toolNames).toEqual([...archivalToolNames]);
    expect(findTemplate("sleeptime")?.values.enableSleeptime).toBe(true);
  });

  it("start with persona and human blocks on a blank form", () => {
    expect(blankValues.blocks.map((block) => block.label)).toEqual(["persona", "human"]);
    expect(blankValues.agentType).toBe("letta_v1_agent");
  });
});
