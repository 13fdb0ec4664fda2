import { describe, expect, it } from "vitest";
import { datasetFileText, jsonSyntaxProblem, parseDatasetFile } from "./dataset-file";
import type { Dataset } from "./types";

const dataset: Dataset = {
  id: "ds-1",
  name: "Greetings",
  description: "",
  gate: 0.5,
  cases: [{ id: "case-1", input: ["hello"], expected: "You said: hello", tags: [] }],
  graders: [
    {
      id: "g1",
      name: "Reply",
      kind: "reply",
      match: "contains",
      caseSensitive: false,
      target: { from: "last_assistant" },
      weight: 1,
      threshold: 1,
    },
  ],
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};

describe("dataset files", () => {
  it("round-trips a dataset without its id and dates", () => {
    const parsed = parseDatasetFile(datasetFileText(dataset));
    expect(parsed.ok && parsed.dataset.name).toBe("Greetings");
    expect(parsed.ok && parsed.dataset.cases).toEqual(dataset.cases);
    expect(datasetFileText(dataset)).not.toContain("ds-1");
  });

  it("refuses malformed JSON with its line and the reason", () => {
    const text = '{\n  "name": "x",\n  "cases": [,]\n}';
    const parsed = parseDatasetFile(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toBe("Not valid JSON. Line 3, column 13: a value was expected.");
  });

  it("names the line when the file ends early", () => {
    expect(jsonSyntaxProblem('{\n"a": [')).toBe("Line 2: the file ends before the JSON does");
    expect(jsonSyntaxProblem('{"a": 1}')).toBeNull();
  });

  it("refuses a grader whose pattern does not compile, naming where", () => {
    const bad = {
      ...dataset,
      graders: [{ id: "g1", name: "R", kind: "reply", match: "regex", value: "([a-z" }],
    };
    const parsed = parseDatasetFile(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/graders\.0\.value: This regular expression does not compile/);
  });

  it("refuses two cases with one id and something that is not an object", () => {
    const twice = { ...dataset, cases: [dataset.cases[0], dataset.cases[0]] };
    expect(parseDatasetFile(JSON.stringify(twice))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Two cases have the id case-1/),
    });
    expect(parseDatasetFile("[1, 2]")).toMatchObject({ ok: false });
  });
});
