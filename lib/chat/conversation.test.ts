import { describe, expect, it } from "vitest";
import { forkPrefix, restoredMessageIds } from "./conversation";

describe("forkPrefix", () => {
  it("keeps the messages up to and including the chosen one, without the system message", () => {
    expect(forkPrefix(["sys", "m1", "m2", "m3"], "m2")).toEqual(["m1", "m2"]);
    expect(forkPrefix(["sys", "m1", "m2", "m3"], "m3")).toEqual(["m1", "m2", "m3"]);
  });

  it("refuses a message that is not in context, and the system message itself", () => {
    expect(forkPrefix(["sys", "m1"], "gone")).toBeNull();
    expect(forkPrefix(["sys", "m1"], "sys")).toBeNull();
  });
});

describe("restoredMessageIds", () => {
  it("puts the original list back", () => {
    expect(restoredMessageIds(["sys", "m1", "m2"], ["sys", "m1"], ["sys", "m1"])).toEqual(["sys", "m1", "m2"]);
  });

  it("keeps messages the server appended while the list was borrowed", () => {
    expect(restoredMessageIds(["sys", "m1", "m2"], ["sys", "m1"], ["sys", "m1", "new1", "new2"])).toEqual([
      "sys",
      "m1",
      "m2",
      "new1",
      "new2",
    ]);
  });

  it("ignores a list that no longer starts with the borrowed one", () => {
    expect(restoredMessageIds(["sys", "m1", "m2"], ["sys", "m1"], ["sys2"])).toEqual(["sys", "m1", "m2"]);
  });
});
