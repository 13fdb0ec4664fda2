import { describe, expect, it } from "vitest";
import { isSupported, parsePythonVersion } from "./python";

describe("parsePythonVersion", () => {
  it("parses python --version output", () => {
    expect(parsePythonVersion("Python 3.11.7\n")).toEqual({ major: 3, minor: 11, patch: 7 });
    expect(parsePythonVersion("Python 3.13.0rc1")).toEqual({ major: 3, minor: 13, patch: 0 });
  });

  it("returns undefined for anything else", () => {
    expect(parsePythonVersion("pyenv: python3.13: command not found")).toBeUndefined();
    expect(parsePythonVersion("")).toBeUndefined();
  });
});

describe("isSupported", () => {
  it("accepts 3.11 to 3.13 only", () => {
    expect([10, 11, 12, 13, 14].map((minor) => isSupported({ major: 3, minor, patch: 0 }))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    expect(isSupported({ major: 2, minor: 11, patch: 0 })).toBe(false);
  });
});
