import { describe, expect, it } from "vitest";
import { blockLabelSchema, hasErrors, refusalField, validateBlockDraft } from "./validation";

const base = { value: "hello", limit: 10, description: "", readOnly: false };

describe("validateBlockDraft", () => {
  it("accepts a value within its limit", () => {
    expect(hasErrors(validateBlockDraft(base))).toBe(false);
  });

  it("refuses a value over the limit and says by how much", () => {
    const errors = validateBlockDraft({ ...base, value: "x".repeat(12) });
    expect(errors.value).toBe("The value has 12 characters, over the limit of 10 by 2");
    expect(errors.limit).toBeUndefined();
  });

  it("names a lowered limit as the problem when the value is unchanged", () => {
    const errors = validateBlockDraft({ ...base, value: "hello world", limit: 5 }, { originalValue: "hello world" });
    expect(errors.limit).toBe("The limit (5) is below the block's current length (11 characters)");
    expect(errors.value).toBeUndefined();
  });

  it("refuses a limit that is not a positive whole number", () => {
    expect(validateBlockDraft({ ...base, limit: 0 }).limit).toBe("The limit must be at least 1");
    expect(validateBlockDraft({ ...base, limit: 2.5 }).limit).toBe("The limit is a whole number of characters");
  });

  it("refuses a duplicate, empty or malformed label", () => {
    expect(validateBlockDraft({ ...base, label: "human" }, { otherLabels: ["human", "persona"] }).label).toBe(
      'This agent already has a block labelled "human"',
    );
    expect(validateBlockDraft({ ...base, label: " " }).label).toBe("Give the block a label");
    expect(validateBlockDraft({ ...base, label: "has space" }).label).toMatch(/letters a-z, digits/);
    expect(validateBlockDraft({ ...base, label: "notes" }, { otherLabels: ["human"] }).label).toBeUndefined();
  });
});

describe("blockLabelSchema (Letta 0.16.8's label rule)", () => {
  it.each(["human", "notes/today", "reference/api-endpoints", "system/human/family", "A_b-9", "x".repeat(50)])(
    "accepts %s",
    (label) => expect(blockLabelSchema.safeParse(label).success).toBe(true),
  );

  it.each(["", "has space", "v1.2", "émoji", "x".repeat(51), "tab\there"])("refuses %j", (label) =>
    expect(blockLabelSchema.safeParse(label).success).toBe(false),
  );
});

describe("refusalField", () => {
  it("puts a refusal about a label next to the label field", () => {
    expect(refusalField('This agent already has a block labelled "notes".')).toBe("label");
    expect(refusalField("The Letta server cannot be reached.")).toBeUndefined();
  });
});
