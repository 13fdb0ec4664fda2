import { z } from "zod";
import { idSchema } from "@/lib/ids";
import { evalIdSchema } from "./types";
import { datasetMetaSchema, savedCaseSchema, savedGraderSchema } from "./validate";

const MAX_CONCURRENCY = 8;
export const DATASET_FILE_MAX_BYTES = 5_000_000;

export const createDatasetInput = datasetMetaSchema;
export const updateDatasetInput = z.intersection(z.object({ datasetId: evalIdSchema }), datasetMetaSchema);
export const datasetOnlyInput = z.object({ datasetId: evalIdSchema });
export const saveCaseInput = z.object({
  datasetId: evalIdSchema,
  /** The case's id before this edit (absent: a new case). */
  originalId: evalIdSchema.optional(),
  evalCase: savedCaseSchema,
});
export const removeCaseInput = z.object({ datasetId: evalIdSchema, caseId: evalIdSchema });
export const saveGraderInput = z.object({
  datasetId: evalIdSchema,
  originalId: evalIdSchema.optional(),
  grader: savedGraderSchema,
});
export const removeGraderInput = z.object({ datasetId: evalIdSchema, graderId: evalIdSchema });
export const importDatasetInput = z.object({
  text: z.string().max(DATASET_FILE_MAX_BYTES, "The file is larger than 5 MB"),
});

export const startExperimentInput = z.object({
  datasetId: evalIdSchema,
  agentIds: z
    .array(idSchema)
    .min(1, "Pick at least one agent")
    .max(8, "At most 8 agents per experiment")
    .refine((ids) => new Set(ids).size === ids.length, "An agent is picked twice"),
  concurrency: z.coerce
    .number()
    .int("Concurrency is a whole number")
    .min(1, "Concurrency is at least 1")
    .max(MAX_CONCURRENCY, `Concurrency is at most ${MAX_CONCURRENCY}`),
  keepCopies: z.boolean(),
});
export const experimentOnlyInput = z.object({ experimentId: evalIdSchema });

/** "Add to dataset" from a chat turn or a run in the inspector: the run's messages become a case, its reply the expected answer. */
export const addRunToDatasetInput = z
  .object({
    runId: idSchema,
    datasetId: evalIdSchema.optional(),
    newDatasetName: z.string().trim().max(200, "At most 200 characters").optional(),
  })
  .refine((value) => value.datasetId || value.newDatasetName, {
    message: "Pick a dataset or name a new one",
    path: ["newDatasetName"],
  });
