import { describe, expect, it } from "vitest";
import { storeBackends, useFreshStore } from "@/lib/testing/store-backends";
import { pendingResult } from "./pending-result";
import {
  changeDataset,
  claimCase,
  createExperiment,
  getExperiment,
  renewLease,
  saveDataset,
  updateCaseResult,
} from "./store";
import type { Dataset, Experiment } from "./types";

const dataset: Dataset = {
  id: "ds-1",
  name: "d",
  description: "",
  gate: 1,
  cases: [
    { id: "c1", input: ["a"], tags: [] },
    { id: "c2", input: ["b"], tags: [] },
  ],
  graders: [],
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};

const experiment: Experiment = {
  id: "exp-1",
  datasetId: "ds-1",
  dataset,
  agentIds: ["agent-1"],
  concurrency: 1,
  keepCopies: false,
  status: "queued",
  createdAt: "2026-01-01T00:00:00.000Z",
  finishedAt: null,
};

const pending = (caseId: string) => ({ ...pendingResult("exp-1", caseId, "agent-1"), lease: null });

describe.each(storeBackends())("evals store on %s", (backend) => {
  useFreshStore(backend);

  it("changes a dataset in one step", async () => {
    await saveDataset(dataset);
    const changed = await changeDataset("ds-1", (current) => ({ ...current, name: "renamed" }));
    expect(changed.name).toBe("renamed");
  }, 120_000);

  it("claims each case once, re-claims one whose lease ran out, and keeps results for their owner only", async () => {
    await createExperiment({ experiment, connectionId: "env", results: [pending("c1"), pending("c2")] });
    const first = await claimCase("exp-1", "one", 60_000);
    const second = await claimCase("exp-1", "two", 1);
    expect([first?.caseId, second?.caseId]).toEqual(["c1", "c2"]);
    expect(await claimCase("exp-1", "one", 60_000)).toMatchObject({ caseId: "c2" });
    expect(await renewLease("exp-1", "agent-1", "c2", "two", 1_000)).toBe(false);
    expect(await updateCaseResult("exp-1", "two", "agent-1", "c2", { status: "passed" }, { release: true })).toBe(
      false,
    );
    expect(await updateCaseResult("exp-1", "one", "agent-1", "c1", { status: "passed" }, { release: true })).toBe(true);
    const record = await getExperiment("exp-1");
    expect(record?.experiment.status).toBe("running");
    expect(record?.results.map((result) => [result.caseId, result.status, result.lease?.owner ?? null])).toEqual([
      ["c1", "passed", null],
      ["c2", "running", "one"],
    ]);
  }, 120_000);
});
