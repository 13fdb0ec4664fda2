import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadDataset } from "./dataset-source";

const fixtures = path.resolve(import.meta.dirname, "../../lib/evals/letta-evals/fixtures");
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "ade-eval-source-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("loadDataset", () => {
  it("reads the ADE's dataset file", async () => {
    const file = path.join(dir, "dataset.json");
    writeFileSync(
      file,
      JSON.stringify({
        format: "letta-ade-dataset",
        version: 1,
        name: "capitals",
        gate: 0.8,
        cases: [{ id: "france", input: ["Capital of France?"], expected: "Paris" }],
        graders: [{ id: "answer", name: "Answer", kind: "reply", match: "contains" }],
      }),
    );
    const loaded = await loadDataset(file);
    expect(loaded).toMatchObject({
      ok: true,
      origin: file,
      unmapped: [],
      dataset: { name: "capitals", gate: 0.8, cases: [{ id: "france" }], graders: [{ id: "answer" }] },
    });
  });

  it("reads a letta-evals suite with the dataset and rubric file it names, beside it, and lists what was not carried over", async () => {
    const loaded = await loadDataset(path.join(fixtures, "judge", "suite.yaml"));
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.dataset.name).toBe("capitals-judged");
    expect(loaded.dataset.cases.map((item) => item.id)).toEqual(["france", "japan"]);
    const judge = loaded.dataset.graders.find((grader) => grader.kind === "model_judge");
    expect(judge && "rubric" in judge ? judge.rubric : "").toContain("{submission}");
    expect(loaded.unmapped.map((note) => note.where)).toContain("suite.yaml: num_runs");
  });

  it("names the file a suite refers to that is not there", async () => {
    cpSync(path.join(fixtures, "judge"), dir, { recursive: true });
    rmSync(path.join(dir, "rubric.txt"));
    const missingRubric = await loadDataset(path.join(dir, "suite.yaml"));
    expect(missingRubric).toEqual({
      ok: false,
      error: `${path.join(dir, "suite.yaml")}: names rubric.txt, but ${path.join(dir, "rubric.txt")} does not exist.`,
    });
    rmSync(path.join(dir, "dataset.jsonl"));
    const missingDataset = await loadDataset(path.join(dir, "suite.yaml"));
    expect(missingDataset).toMatchObject({ ok: false, error: expect.stringContaining("names dataset.jsonl, but") });
  });

  it("refuses malformed files with their line", async () => {
    const json = path.join(dir, "broken.json");
    writeFileSync(json, '{\n  "name": "x",\n  "cases": [,]\n}\n');
    expect(await loadDataset(json)).toEqual({
      ok: false,
      error: `${json}: Not valid JSON. Line 3, column 13: a value was expected.`,
    });
    cpSync(path.join(fixtures, "quickstart"), dir, { recursive: true });
    writeFileSync(path.join(dir, "dataset.jsonl"), '{"input": "a", "ground_truth": "a"}\n{"input": \n');
    const suite = await loadDataset(path.join(dir, "suite.yaml"));
    expect(suite).toMatchObject({
      ok: false,
      error: expect.stringMatching(/dataset\.jsonl, line 2: Not valid JSON/),
    });
  });

  it("refuses a letta-evals dataset alone, a missing file, and an id without a store", async () => {
    const rows = await loadDataset(path.join(fixtures, "quickstart", "dataset.jsonl"));
    expect(rows).toMatchObject({ ok: false, error: expect.stringContaining("Pass the suite YAML") });
    expect(await loadDataset(dir)).toEqual({ ok: false, error: `${dir} is a folder, not a file.` });
    expect(await loadDataset(path.join(dir, "nope.json"))).toEqual({
      ok: false,
      error: `${path.join(dir, "nope.json")}: no such file.`,
    });
    const previous = { dataDir: process.env.ADE_DATA_DIR, databaseUrl: process.env.ADE_DATABASE_URL };
    process.env.ADE_DATA_DIR = path.join(dir, "no-store");
    delete process.env.ADE_DATABASE_URL;
    try {
      expect(await loadDataset("ds-1234")).toMatchObject({
        ok: false,
        error: expect.stringContaining("No file ds-1234, and no ADE store"),
      });
    } finally {
      if (previous.dataDir === undefined) delete process.env.ADE_DATA_DIR;
      else process.env.ADE_DATA_DIR = previous.dataDir;
      if (previous.databaseUrl !== undefined) process.env.ADE_DATABASE_URL = previous.databaseUrl;
    }
  });
});
