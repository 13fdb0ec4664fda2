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

describe("diffTexts on blocks whose last line has no newline", () => {
  it("shows an appended line as one added line", () => {
    expect(diffTexts("Ann\nlikes tea", "Ann\nlikes tea\nSleep-time note: hi")).toEqual([
      { kind: "same", text: "Ann\nlikes tea\n" },
      { kind: "added", text: "Sleep-time note: hi" },
    ]);
  });

  it("shows a rewritten last line as that line removed and added, each on its own line", () => {
    expect(diffTexts("a\nb", "a\nc")).toEqual([
      { kind: "same", text: "a\n" },
      { kind: "removed", text: "b\n" },
      { kind: "added", text: "c" },
    ]);
  });

  it("shows a block emptied or filled as one part", () => {
    expect(diffTexts("", "x\ny")).toEqual([{ kind: "added", text: "x\ny" }]);
    expect(diffTexts("x\ny", "")).toEqual([{ kind: "removed", text: "x\ny" }]);
    expect(diffTexts("one\ntwo", "one\ntwo")).toEqual([{ kind: "same", text: "one\ntwo" }]);
  });

  it("shows a word changed in a line of a multi-line block as that word", () => {
    expect(diffTexts("The user writes tests.\nSecond line.", "The user writes many tests.\nSecond line.")).toEqual([
      { kind: "same", text: "The user writes " },
      { kind: "added", text: "many " },
      { kind: "same", text: "tests.\nSecond line." },
    ]);
  });
});
