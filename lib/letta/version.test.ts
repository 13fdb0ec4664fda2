import { describe, expect, it } from "vitest";
import { isVersionAtLeast } from "./version";

describe("isVersionAtLeast", () => {
  it.each([
    ["0.16.8", "0.16.7", true],
    ["0.16.7", "0.16.7", true],
    ["0.16.6", "0.16.7", false],
    ["0.9.99", "0.16.7", false],
    ["1.0.0", "0.16.7", true],
    ["v0.16.8-rc1", "0.16.7", true],
    ["unknown", "0.16.7", true],
  ])("%s >= %s is %s", (version, minimum, expected) => {
    expect(isVersionAtLeast(version, minimum)).toBe(expected);
  });
});
