import type { SleeptimeRunSummary } from "./types";

/** Which sleep-time run each main-agent turn started: keyed by `run:<main run id>` and `message:<user message id>`. */
export type SleeptimeLinks = ReadonlyMap<string, string>;

/** From runs newest first; a turn that started several runs links to the first of them. */
export function sleeptimeLinksFrom(runs: readonly Pick<SleeptimeRunSummary, "id" | "trigger">[]): SleeptimeLinks {
  const links = new Map<string, string>();
  for (const run of [...runs].reverse()) {
    const trigger = run.trigger;
    if (!trigger) continue;
    if (!links.has(`run:${trigger.mainRunId}`)) links.set(`run:${trigger.mainRunId}`, run.id);
    if (trigger.userMessageId && !links.has(`message:${trigger.userMessageId}`))
      links.set(`message:${trigger.userMessageId}`, run.id);
  }
  return links;
}
