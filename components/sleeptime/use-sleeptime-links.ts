"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { sleeptimeLinksFrom, type SleeptimeLinks } from "@/lib/sleeptime/links";
import { sleeptimeActivityQuery } from "@/lib/sleeptime/queries";

export type { SleeptimeLinks };

export function useSleeptimeLinks(agentId: string): SleeptimeLinks {
  const activity = useQuery(sleeptimeActivityQuery(agentId));
  return useMemo(() => sleeptimeLinksFrom(activity.data?.runs ?? []), [activity.data]);
}
