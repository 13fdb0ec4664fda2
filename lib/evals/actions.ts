"use server";

import { runAction } from "@/lib/actions/run-action";
import {
  addRunToDataset,
  createDataset,
  importDataset,
  removeCase,
  removeGrader,
  saveCase,
  saveGrader,
} from "./datasets";
import { cancelExperiment, deleteKeptCopies, startExperiment } from "./experiments";
import {
  addRunToDatasetInput,
  createDatasetInput,
  datasetOnlyInput,
  experimentOnlyInput,
  importDatasetInput,
  removeCaseInput,
  removeGraderInput,
  saveCaseInput,
  saveGraderInput,
  startExperimentInput,
  updateDatasetInput,
} from "./schema";
import { changeDataset, deleteDataset } from "./store";

export async function createDatasetAction(input: unknown) {
  return runAction(createDatasetInput, input, (meta) => createDataset(meta));
}

export async function updateDatasetAction(input: unknown) {
  return runAction(updateDatasetInput, input, ({ datasetId, ...meta }) =>
    changeDataset(datasetId, (dataset) => ({ ...dataset, ...meta })),
  );
}

export async function deleteDatasetAction(input: unknown) {
  return runAction(datasetOnlyInput, input, ({ datasetId }) => deleteDataset(datasetId));
}

/** Imports a dataset file; a malformed one is refused with its line and the reason, and nothing is saved. */
export async function importDatasetAction(input: unknown) {
  return runAction(importDatasetInput, input, ({ text }) => importDataset(text));
}

export async function saveCaseAction(input: unknown) {
  return runAction(saveCaseInput, input, ({ datasetId, originalId, evalCase }) =>
    saveCase(datasetId, originalId, evalCase),
  );
}

export async function removeCaseAction(input: unknown) {
  return runAction(removeCaseInput, input, ({ datasetId, caseId }) => removeCase(datasetId, caseId));
}

/** Saves a grader; one whose regular expression does not compile is refused. */
export async function saveGraderAction(input: unknown) {
  return runAction(saveGraderInput, input, ({ datasetId, originalId, grader }) =>
    saveGrader(datasetId, originalId, grader),
  );
}

export async function removeGraderAction(input: unknown) {
  return runAction(removeGraderInput, input, ({ datasetId, graderId }) => removeGrader(datasetId, graderId));
}

/** Starts an experiment; the ADE's server runs it in the background (it survives a restart). */
export async function startExperimentAction(input: unknown) {
  return runAction(startExperimentInput, input, (parsed) => startExperiment(parsed));
}

export async function cancelExperimentAction(input: unknown) {
  return runAction(experimentOnlyInput, input, ({ experimentId }) => cancelExperiment(experimentId));
}

export async function deleteKeptCopiesAction(input: unknown) {
  return runAction(experimentOnlyInput, input, ({ experimentId }) => deleteKeptCopies(experimentId));
}

/** "Add to dataset" from a chat turn or a run in the inspector. */
export async function addRunToDatasetAction(input: unknown) {
  return runAction(addRunToDatasetInput, input, ({ runId, datasetId, newDatasetName }) =>
    addRunToDataset({ datasetId, newDatasetName }, runId),
  );
}
