import { describe, expect, it } from "vitest";
import { groupUpdateSchema, toLettaGroupUpdate } from "./manager-config";
import { editableFields, updateFromForm } from "./manager-fields";

describe("groupUpdateSchema", () => {
  it("accepts a sleep-time frequency and builds Letta's body", () => {
    const update = groupUpdateSchema.parse({ managerType: "sleeptime", sleeptimeAgentFrequency: 3 });
    expect(toLettaGroupUpdate(update)).toEqual({
      manager_config: { manager_type: "sleeptime", sleeptime_agent_frequency: 3 },
    });
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses the frequency %s", (value) => {
    expect(groupUpdateSchema.safeParse({ managerType: "sleeptime", sleeptimeAgentFrequency: value }).success).toBe(
      false,
    );
  });

  it("checks the voice buffers together", () => {
    expect(groupUpdateSchema.safeParse({ managerType: "voice_sleeptime", minMessageBufferLength: 5 }).success).toBe(
      false,
    );
    expect(
      groupUpdateSchema.safeParse({
        managerType: "voice_sleeptime",
        minMessageBufferLength: 8,
        maxMessageBufferLength: 6,
      }).success,
    ).toBe(false);
    expect(
      groupUpdateSchema.safeParse({
        managerType: "voice_sleeptime",
        minMessageBufferLength: 4,
        maxMessageBufferLength: 9,
      }).success,
    ).toBe(false);
    const ok = groupUpdateSchema.parse({
      managerType: "voice_sleeptime",
      minMessageBufferLength: 5,
      maxMessageBufferLength: 9,
    });
    expect(toLettaGroupUpdate(ok).manager_config).toEqual({
      manager_type: "voice_sleeptime",
      min_message_buffer_length: 5,
      max_message_buffer_length: 9,
    });
  });

  it("keeps dynamic fields and the description", () => {
    const update = groupUpdateSchema.parse({
      managerType: "dynamic",
      description: " team ",
      maxTurns: 4,
      terminationToken: "STOP",
    });
    expect(toLettaGroupUpdate(update)).toEqual({
      description: "team",
      manager_config: { manager_type: "dynamic", max_turns: 4, termination_token: "STOP" },
    });
  });

  it("refuses an emptied description", () => {
    expect(groupUpdateSchema.safeParse({ managerType: "supervisor", description: "  " }).success).toBe(false);
  });
});

describe("updateFromForm", () => {
  it("sends only what changed and keeps bad numbers for the schema to refuse", () => {
    const group = { managerType: "round_robin" as const, description: "same" };
    expect(updateFromForm(group, { description: "same", maxTurns: "7" })).toEqual({
      managerType: "round_robin",
      maxTurns: 7,
    });
    const bad = updateFromForm(group, { description: "same", maxTurns: "seven" });
    expect(groupUpdateSchema.safeParse(bad).success).toBe(false);
  });

  it("lists no editable config for supervisors", () => {
    expect(editableFields("supervisor")).toEqual([]);
    expect(editableFields("sleeptime").map((field) => field.key)).toEqual(["sleeptimeAgentFrequency"]);
  });
});
