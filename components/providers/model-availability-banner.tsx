"use client";

import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { agentModelStatusQuery } from "@/lib/providers/queries";

// The notice and its model switch load only for an agent whose model is gone.
const MissingModelNotice = dynamic(() => import("./missing-model-notice").then((mod) => mod.MissingModelNotice), {
  // Its own Suspense boundary: while the code arrives the rest of the page hydrates (and keeps what is typed).
  loading: () => null,
});

/**
 * Says so on the agent page when the server no longer offers the agent's chat or embedding model (its provider
 * was deleted, or stopped listing it), with a one-click switch to another. Renders nothing otherwise.
 */
export function ModelAvailabilityBanner({ agentId, agentName }: { agentId: string; agentName: string }) {
  // Loaded with the page (prefetch.ts); read again when a model or provider changes, never polled.
  const { data } = useQuery(agentModelStatusQuery(agentId));
  if (!data || data.missing.length === 0) return null;
  return <MissingModelNotice agentId={agentId} agentName={agentName} status={data} />;
}
