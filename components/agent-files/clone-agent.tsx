"use client";

import dynamic from "next/dynamic";
import { useId, useState } from "react";
import { Loading } from "@/components/ui/loading";

// The form (and the name check) loads when "Clone agent" is first pressed.
const CloneAgentForm = dynamic(() => import("./clone-agent-form").then((mod) => mod.CloneAgentForm), {
  loading: () => <Loading what="the form" />,
});

export function CloneAgent({ agentId, agentName }: { agentId: string; agentName: string }) {
  const [open, setOpen] = useState(false);
  const formId = useId();
  return (
    <div className="space-y-2">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen((value) => !value)}
        className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
      >
        Clone agent
      </button>
      {open ? <CloneAgentForm id={formId} agentId={agentId} agentName={agentName} /> : null}
    </div>
  );
}
