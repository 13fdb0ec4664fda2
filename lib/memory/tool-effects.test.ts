import { describe, expect, it } from "vitest";
import { expandTabs, toolEffect, type MemoryToolCallRecord } from "./tool-effects";

const call = (
  name: string,
  args: Record<string, unknown>,
  returned: string | null,
  status: MemoryToolCallRecord["status"] = "success",
): MemoryToolCallRecord => ({
  name,
  arguments: JSON.stringify(args),
  returned,
  status,
});

describe("toolEffect", () => {
  it("works memory_insert back to the value before it (appended, at a line, into an empty block)", () => {
    expect(
      toolEffect(call("memory_insert", { label: "human", new_string: "likes tea" }, "Ann\nlikes tea")),
    ).toMatchObject({
      label: "human",
      summary: 'inserted "likes tea"',
      outcome: "applied",
      before: "Ann",
      after: "Ann\nlikes tea",
    });
    expect(
      toolEffect(call("memory_insert", { label: "human", new_string: "first", insert_line: 0 }, "first\nAnn\nBob"))
        ?.before,
    ).toBe("Ann\nBob");
    expect(toolEffect(call("memory_insert", { label: "human", new_string: "note" }, "\nnote"))?.before).toBe("");
  });

  it("works memory_replace back when exactly one value fits, and says so when several do", () => {
    expect(
      toolEffect(call("memory_replace", { label: "human", old_string: "cat", new_string: "dog" }, "a dog sat")),
    ).toMatchObject({ before: "a cat sat", after: "a dog sat", notes: [] });
    // "dog" twice in the result: either could have been the cat.
    const ambiguous = toolEffect(
      call("memory_replace", { label: "human", old_string: "cat", new_string: "dog" }, "dog and dog"),
    );
    expect(ambiguous?.before).toBeNull();
    expect(ambiguous?.after).toBe("dog and dog");
    expect(ambiguous?.notes[0]).toMatch(/do not determine the value before/);
    // A deletion (empty new string) leaves no trace of where the old text was.
    expect(
      toolEffect(call("memory_replace", { label: "human", old_string: "x", new_string: "" }, "ab"))?.before,
    ).toBeNull();
  });

  it("handles core_memory_append, core_memory_replace and memory_rethink", () => {
    expect(toolEffect(call("core_memory_append", { label: "human", content: "more" }, "base\nmore"))?.before).toBe(
      "base",
    );
    expect(
      toolEffect(call("core_memory_replace", { label: "human", old_content: "old", new_content: "new" }, "the new one"))
        ?.before,
    ).toBe("the old one");
    const rethink = toolEffect(call("memory_rethink", { label: "persona", new_memory: "all new" }, "all new"));
    expect(rethink).toMatchObject({ summary: "rewrote the whole block", before: null, after: "all new" });
    expect(rethink?.notes[0]).toMatch(/replaces the whole block/);
  });

  it("reports failures with the tool's error, unknown results and truncated returns without values", () => {
    expect(
      toolEffect(
        call(
          "memory_replace",
          { label: "human", old_string: "x", new_string: "y" },
          "No replacement was performed",
          "error",
        ),
      ),
    ).toMatchObject({
      outcome: "failed",
      error: "No replacement was performed",
      before: null,
      after: null,
    });
    expect(toolEffect(call("memory_insert", { label: "human", new_string: "x" }, null, null))).toMatchObject({
      outcome: "unknown",
      before: null,
      after: null,
    });
    const truncated = toolEffect(
      call(
        "memory_rethink",
        { label: "human", new_memory: "x" },
        "xxxx... [NOTE: function output was truncated since it exceeded the character limit (9 > 4)]",
      ),
    );
    expect(truncated).toMatchObject({ outcome: "applied", before: null, after: null });
  });

  it("maps the memory tool's path to a label; leaves out calls without a label or with bad arguments", () => {
    expect(
      toolEffect(
        call("memory", { command: "str_replace", path: "/memories/human", old_string: "a", new_string: "b" }, "ok"),
      ),
    ).toMatchObject({
      label: "human",
      summary: "memory str_replace",
      after: null,
    });
    expect(toolEffect(call("memory_insert", { new_string: "x" }, "x"))).toBeNull();
    expect(toolEffect({ name: "memory_insert", arguments: "{not json", returned: "x", status: "success" })).toBeNull();
  });
});

describe("expandTabs", () => {
  it("expands tabs to the next multiple of 8 columns, per line", () => {
    expect(expandTabs("a\tb")).toBe("a       b");
    expect(expandTabs("\tx\n12345678\ty")).toBe("        x\n12345678        y");
  });
});
