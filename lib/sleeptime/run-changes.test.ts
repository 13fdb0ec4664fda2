import { describe, expect, it } from "vitest";
import { blockDiff, returnedText, runChanges } from "./run-changes";

describe("returnedText", () => {
  it("unwraps Letta's status package and keeps plain text", () => {
    expect(returnedText('{"status": "OK", "message": "new value", "time": "now"}')).toBe("new value");
    expect(returnedText("plain")).toBe("plain");
  });
});

describe("runChanges", () => {
  it("pairs calls with results and diffs each block edit", () => {
    const { toolCalls, edits } = runChanges(
      [
        { id: "c1", name: "memory_insert", arguments: JSON.stringify({ label: "human", new_string: "note" }) },
        { id: "c2", name: "memory_rethink", arguments: JSON.stringify({ label: "human", new_memory: "rewritten" }) },
        {
          id: "c3",
          name: "memory_replace",
          arguments: JSON.stringify({ label: "persona", old_string: "x", new_string: "y" }),
        },
        { id: "c4", name: "memory_finish_edits", arguments: "{}" },
      ],
      [
        { toolCallId: "c1", status: "success", result: "old\nnote" },
        { toolCallId: "c2", status: "success", result: "rewritten" },
        { toolCallId: "c3", status: "error", result: "No replacement was performed" },
        { toolCallId: "c4", status: "success", result: "None" },
      ],
    );
    expect(toolCalls.map((call) => [call.name, call.status])).toEqual([
      ["memory_insert", "success"],
      ["memory_rethink", "success"],
      ["memory_replace", "error"],
      ["memory_finish_edits", "success"],
    ]);
    expect(edits).toHaveLength(3);
    expect(edits[0]).toMatchObject({ label: "human", before: "old", after: "old\nnote", applied: true });
    expect(edits[0]?.diff.some((part) => part.kind === "added" && part.text.includes("note"))).toBe(true);
    // The rethink's previous value is the insert's result in the same run.
    expect(edits[1]).toMatchObject({ before: "old\nnote", after: "rewritten" });
    expect(edits[2]).toMatchObject({ label: "persona", applied: false, before: null, after: null, diff: [] });
  });

  it("leaves out calls without a label and keeps calls that have no result yet", () => {
    const { toolCalls, edits } = runChanges(
      [
        { id: "a", name: "memory_insert", arguments: "not json" },
        { id: "b", name: "memory_insert", arguments: '{"label":"h","new_string":"n"}' },
      ],
      [],
    );
    expect(toolCalls.map((call) => call.status)).toEqual([null, null]);
    expect(edits).toEqual([
      { toolCallId: "b", label: "h", tool: "memory_insert", applied: false, before: null, after: null, diff: [] },
    ]);
  });
});

describe("blockDiff", () => {
  it("shows an appended line as added only", () => {
    expect(blockDiff("The user runs tests.", "The user runs tests.\nSleep-time note: hi")).toEqual([
      { kind: "same", text: "The user runs tests.\n" },
      { kind: "added", text: "Sleep-time note: hi" },
    ]);
  });

  it("shows a changed last line as removed and added", () => {
    expect(blockDiff("a\nb", "a\nc")).toEqual([
      { kind: "same", text: "a\n" },
      { kind: "removed", text: "b" },
      { kind: "added", text: "c" },
    ]);
  });

  it("keeps newlines inside the text and diffs single lines by words", () => {
    expect(blockDiff("x\ny\nz", "x\nz")).toEqual([
      { kind: "same", text: "x\n" },
      { kind: "removed", text: "y\n" },
      { kind: "same", text: "z" },
    ]);
    expect(blockDiff("likes cats", "likes dogs").map((part) => part.kind)).toEqual(["same", "removed", "added"]);
  });
});
