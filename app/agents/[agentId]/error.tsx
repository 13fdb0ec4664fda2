"use client";

import { RouteError } from "@/components/boundaries/route-error";

export default function AgentError({ retry }: { error: unknown; retry: () => void }) {
  return <RouteError title="Could not load the agent" retry={retry} />;
}
