"use client";

import dynamic from "next/dynamic";
import { useId, useState } from "react";
import { Loading } from "@/components/ui/loading";
import { Button } from "@/components/ui/button";

// The form (and the name check) loads when "Clone agent" is first pressed.
const CloneAgentForm = dynamic(() => import("./clone-agent-form").then((mod) => mod.CloneAgentForm), {
  loading: () => <Loading what="the form" />,
});

export function CloneAgent({ agentId, agentName }: { agentId: string; agentName: string }) {
  const [open, setOpen] = useState(false);
  const formId = useId();
  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen((value) => !value)}
      >
        Clone agent
      </Button>
      {open ? <CloneAgentForm id={formId} agentId={agentId} agentName={agentName} /> : null}
    </div>
  );
}
