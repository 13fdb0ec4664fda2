import { z } from "zod";
import { regexProblem } from "./regex";
import { datasetSchema, evalCaseSchema, graderSpecSchema, type GraderSpec } from "./types";

/** Every regular expression of a grader that does not compile, with the field it sits in. */
export function graderRegexProblems(grader: GraderSpec): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  if (
    (grader.kind === "reply" || grader.kind === "tool_output" || grader.kind === "memory") &&
    grader.match === "regex"
  ) {
    const problem = grader.value === undefined ? null : regexProblem(grader.value, grader.caseSensitive);
    if (problem) problems.push({ path: ["value"], message: `The pattern does not compile: ${problem}` });
  }
  if (grader.kind === "tool_called") {
    for (const [name, pattern] of Object.entries(grader.arguments)) {
      const problem = regexProblem(pattern);
      if (problem)
        problems.push({ path: ["arguments", name], message: `The pattern for ${name} does not compile: ${problem}` });
    }
  }
  return problems;
}

/** A grader as saved: the contract's schema, and every pattern compiles. */
export const savedGraderSchema = graderSpecSchema.superRefine((grader, context) => {
  for (const problem of graderRegexProblems(grader)) context.addIssue({ code: "custom", ...problem });
});

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
    for (const problem of graderRegexProblems(grader))
      context.addIssue({ code: "custom", path: ["graders", index, ...problem.path], message: problem.message });
  });
});

/** The dataset's own fields, as its settings form edits them. */
export const datasetMetaSchema = z.object({
  name: z.string().trim().min(1, "A dataset needs a name").max(200, "At most 200 characters"),
  description: z.string().max(5_000, "At most 5000 characters").default(""),
  gate: z.coerce.number().min(0, "The gate is a pass rate from 0 to 1").max(1, "The gate is a pass rate from 0 to 1"),
});
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;

/** Zod issues as messages by dotted field path (the forms show each under its field). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    errors[key] ??= issue.message;
  }
  return errors;
}
