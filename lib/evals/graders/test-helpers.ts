import { graderSpecSchema, type CaseTrace, type EvalCase, type GraderSpec, type TraceMessage } from "@/lib/evals/types";

/** A grader with the schema's defaults filled in, as the dataset store hands it over. */
export function grader<Kind extends GraderSpec["kind"]>(
  kind: Kind,
  fields: Record<string, unknown> = {},
): Extract<GraderSpec, { kind: Kind }> {
  return graderSpecSchema.parse({ id: `g-${kind}`, name: kind, kind, ...fields }) as Extract<
    GraderSpec,
    { kind: Kind }
  >;
}

export function evalCase(fields: Partial<EvalCase> = {}): EvalCase {
  return { id: "case-1", input: ["What is the capital of France?"], tags: [], ...fields };
}

export function trace(
  messages: TraceMessage[],
  blocks: Record<string, string> = {},
  after: CaseTrace["blocksAfterSleeptime"] = null,
): CaseTrace {
  return { messages, blocks, blocksAfterSleeptime: after };
}

export const say = (text: string): TraceMessage => ({ type: "assistant", text });
