import { describe, expect, it } from "vitest";
import { withPresentation } from "./presentation-url";

describe("withPresentation", () => {
  it("adds the parameter and keeps the others and the hash", () => {
    expect(withPresentation("/agents/a1?conversation=c2#sleeptime", true)).toBe(
      "/agents/a1?conversation=c2&present=1#sleeptime",
    );
  });

  it("removes only the parameter", () => {
    expect(withPresentation("/agents?q=bot&present=1", false)).toBe("/agents?q=bot");
    expect(withPresentation("/blocks?present=1", false)).toBe("/blocks");
  });

  it("does not repeat it", () => {
    expect(withPresentation("/tools?present=1", true)).toBe("/tools?present=1");
  });
});
