"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { sleeptimeActivityQuery } from "./queries";

/** Which sleep-time run each main-agent turn started: keyed by `run:<main run id>` and `message:<user message id>`. */
export type SleeptimeLinks = ReadonlyMap<string, string>;

export function useSleeptimeLinks(agentId: string): SleeptimeLinks {
  const activity = useQuery(sleeptimeActivityQuery(agentId));
  return useMemo(() => {
    const links = new Map<string, string>();
    // Oldest last in the answer: walk it backwards so a turn keeps the first run it started.
    for (const run of [...(activity.data?.runs ?? [])].reverse()) {
      const trigger = run.trigger;
      if (!trigger) continue;
      if (!links.has(`run:${trigger.mainRunId}`)) links.set(`run:${trigger.mainRunId}`, run.id);
      if (trigger.userMessageId && !links.has(`message:${trigger.userMessageId}`)) links.set(`message:${trigger.userMessageId}`, run.id);
    }
    return links;
  }, [activity.data]);
}
