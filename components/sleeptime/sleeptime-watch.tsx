"use client";

import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { sleeptimeActivityQuery } from "@/lib/sleeptime/queries";

// The indicator and notices load only for an agent with a sleep-time agent.
const SleeptimeNotices = dynamic(() => import("./sleeptime-notices").then((mod) => mod.SleeptimeNotices), {
  // Its own Suspense boundary: while the code arrives the rest of the page hydrates (and keeps what is typed).
  loading: () => null,
});

/** Shown on the agent page whatever panel is open, for an agent with sleep-time: what its sleep-time agent does. */
export function SleeptimeWatch({ agentId }: { agentId: string }) {
  const activity = useQuery(sleeptimeActivityQuery(agentId));
  return activity.data?.sleeptimeAgentId ? <SleeptimeNotices agentId={agentId} /> : null;
}
