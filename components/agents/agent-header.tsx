"use client";

import dynamic from "next/dynamic";
import { useState, type ReactNode } from "react";
import { useDemoLock } from "@/components/access/access-context";
import { Loading } from "@/components/ui/loading";
import { useSaveAgentDetails } from "./use-save-agent-details";
import { DeleteAgentButton } from "./delete-agent-dialog";
import { TagList } from "./tag-list";
import { Button } from "@/components/ui/button";

// The details form (and the zod schema it checks with) loads when "Edit details" is pressed.
const AgentDetailsForm = dynamic(() => import("./agent-details-form").then((mod) => mod.AgentDetailsForm), {
  loading: () => <Loading what="the form" />,
});

interface AgentHeaderProps {
  agent: { id: string; name: string; description: string | null; tags: string[] };
  sleeptimeAgentName: string | null;
  /** More actions for the agent (export, clone, …), shown before Delete. */
  actions?: ReactNode;
}

export function AgentHeader({ agent, sleeptimeAgentName, actions }: AgentHeaderProps) {
  const [editing, setEditing] = useState(false);
  const demo = useDemoLock();
  // The header shows the new details at once; a refusal puts the old ones back and reopens the form
  // with what was typed and the server's reason.
  const { shown, save } = useSaveAgentDetails(agent, {
    onStart: () => setEditing(false),
    onRefused: () => setEditing(true),
  });

  return (
    <header className="space-y-2">
      {editing ? (
        <AgentDetailsForm
          agent={save.isError && save.variables ? { ...shown, ...save.variables } : shown}
          error={save.error}
          onSave={(input) => save.mutate(input)}
          onCancel={() => {
            save.reset();
            setEditing(false);
          }}
        />
      ) : (
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0 space-y-1">
            <h1 id="agent-name" className="break-words text-xl font-semibold">
              {shown.name}
            </h1>
            {shown.description ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{shown.description}</p> : null}
            {shown.tags.length > 0 ? <TagList label="Agent tags" tags={shown.tags} /> : null}
          </div>
          <div role="group" aria-label="Agent actions" className="flex flex-wrap gap-2">
            <Button variant="secondary" {...demo.props} onClick={() => setEditing(true)}>
              Edit details
            </Button>
            {actions}
            <DeleteAgentButton agentId={shown.id} agentName={shown.name} sleeptimeAgentName={sleeptimeAgentName} />
          </div>
        </div>
      )}
    </header>
  );
}
