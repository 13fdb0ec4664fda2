import { z } from "zod";
import { validGraderSpecSchema } from "./graders";
import { datasetSchema, evalCaseSchema } from "./types";

/** A grader as saved: the contract's schema, and every pattern compiles (the graders' own check). */
export const savedGraderSchema = validGraderSpecSchema;

/** A case as saved. */
export const savedCaseSchema = evalCaseSchema;

/** A whole dataset as saved or imported: the contract's schema, unique ids, and every pattern compiles. */
export const savedDatasetSchema = datasetSchema.superRefine((dataset, context) => {
  const caseIds = new Set<string>();
  dataset.cases.forEach((item, index) => {
    if (caseIds.has(item.id))
      context.addIssue({ code: "custom", path: ["cases", index, "id"], message: `Two cases have the id ${item.id}` });
    caseIds.add(item.id);
  });
  const graderIds = new Set<string>();
  dataset.graders.forEach((grader, index) => {
    if (graderIds.has(grader.id))
      context.addIssue({
        code: "custom",
        path: ["graders", index, "id"],
        message: `Two graders have the id ${grader.id}`,
      });
    graderIds.add(grader.id);
    const checked = validGraderSpecSchema.safeParse(grader);
    for (const issue of checked.success ? [] : checked.error.issues)
      context.addIssue({ code: "custom", path: ["graders", index, ...issue.path], message: issue.message });
  });
});

/** The dataset's own fields, as its settings form edits them. */
export const datasetMetaSchema = z.object({
  name: z.string().trim().min(1, "A dataset needs a name").max(200, "At most 200 characters"),
  description: z.string().max(5_000, "At most 5000 characters").default(""),
  gate: z.coerce.number().min(0, "The gate is a pass rate from 0 to 1").max(1, "The gate is a pass rate from 0 to 1"),
});
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;

/** Zod issues as messages by dotted field path (the forms show each under its field): the ADE's one helper. */
export { fieldErrors } from "@/lib/agents/create-schema";
