"use server";

import { runAction } from "@/lib/actions/run-action";
import { suiteImportInputSchema } from "./import-input";
import { importSuite } from "./import-suite";

/**
 * Reads a letta-evals suite (YAML, its dataset JSONL, rubric files) into an ADE dataset. A refused file is a
 * result (`ok: false` with each error's file and line), not a thrown error: the form shows them all.
 */
export async function importLettaEvalsSuiteAction(input: unknown) {
  return runAction(suiteImportInputSchema, input, async (files) => importSuite(files));
}
