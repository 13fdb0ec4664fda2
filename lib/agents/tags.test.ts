import { expect, it } from "vitest";
import { parseTagsText, tagsText } from "./tags";

it("splits comma-separated tags, trimming and dropping empties", () => {
  expect(parseTagsText(" a, b ,, c ")).toEqual(["a", "b", "c"]);
  expect(parseTagsText("")).toEqual([]);
  expect(tagsText(["a", "b"])).toBe("a, b");
});
