"use server";

import { runAction } from "@/lib/actions/run-action";
import type { ActionResult } from "@/lib/actions/result";
import { setStepFeedback } from "@/lib/letta/inspector";
import { stepFeedbackSchema } from "./schema";
import type { StepFeedback } from "./types";

/** Thumbs up or down and tags on a step, saved on the Letta server. */
export async function setStepFeedbackAction(
  input: unknown,
): Promise<ActionResult<{ feedback: StepFeedback | null; tags: string[] }>> {
  return runAction(stepFeedbackSchema, input, (parsed) => setStepFeedback(parsed));
}
