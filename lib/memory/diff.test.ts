import { describe, expect, it } from "vitest";
import { diffSummary, diffTexts } from "./diff";

describe("diffTexts", () => {
  it("diffs single lines by word", () => {
    expect(diffTexts("the cat sat", "the dog sat")).toEqual([
      { kind: "same", text: "the " },
      { kind: "removed", text: "cat" },
      { kind: "added", text: "dog" },
      { kind: "same", text: " sat" },
    ]);
  });

  it("diffs multi-line texts by line", () => {
    expect(diffTexts("a\nb\n", "a\nb\nc\n")).toEqual([
      { kind: "same", text: "a\nb\n" },
      { kind: "added", text: "c\n" },
    ]);
  });

  it("reports no changes for equal texts and counts changed characters", () => {
    expect(diffTexts("same", "same")).toEqual([{ kind: "same", text: "same" }]);
    expect(diffSummary(diffTexts("a\n", "a\nbc\n"))).toEqual({ added: 3, removed: 0 });
  });
});
