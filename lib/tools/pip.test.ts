import { describe, expect, it } from "vitest";
import { parsePipRequirements } from "./pip";
import { formatPipRequirements } from "./pip-format";

describe("parsePipRequirements", () => {
  it("reads names and pinned versions, skipping blanks and comments", () => {
    expect(parsePipRequirements("requests==2.32.3\n\n# a comment\nnumpy  \npydantic[email]")).toEqual({
      requirements: [
        { name: "requests", version: "2.32.3" },
        { name: "numpy", version: null },
        { name: "pydantic[email]", version: null },
      ],
    });
  });

  it("says which line is wrong", () => {
    expect(parsePipRequirements("requests\nbad name")).toMatchObject({
      error: expect.stringMatching(/^Line 2: Not a valid package name/),
    });
    expect(parsePipRequirements("a==1==2")).toEqual({ error: 'Line 1: write it as "name" or "name==version"' });
    expect(parsePipRequirements("Requests\nrequests==1")).toEqual({ error: "Line 2: requests is listed twice" });
    expect(parsePipRequirements("requests>=2")).toMatchObject({ error: expect.stringMatching(/^Line 1:/) });
  });

  it("formats back to the same text", () => {
    expect(
      formatPipRequirements([
        { name: "requests", version: "2.32.3" },
        { name: "numpy", version: null },
      ]),
    ).toBe("requests==2.32.3\nnumpy");
  });
});
