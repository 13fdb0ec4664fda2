"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ErrorPanel } from "@/components/error-panel";
import { agentNameProblem } from "@/lib/agent-files/agent-name";
import { unwrap } from "@/lib/actions/result";
import { cloneAgentAction } from "@/lib/agents/actions";
import { queryKeys } from "@/lib/query-keys";
import { toErrorBody } from "@/lib/errors";
import { AgentNameInput } from "./agent-name-input";
import { ImportedAgents } from "./imported-agents";
import { Button } from "@/components/ui/button";

/** Clone the agent: the copy's name and whether its messages come along. */
export function CloneAgentForm({ id, agentId, agentName }: { id: string; agentId: string; agentName: string }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(`Copy of ${agentName}`);
  const [includeMessages, setIncludeMessages] = useState(true);
  const clone = useMutation({
    mutationFn: async (body: { name: string; includeMessages: boolean }) =>
      unwrap(cloneAgentAction({ agentId, ...body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.agents() }),
  });

  const nameProblem = agentNameProblem(name);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!clone.isPending && !nameProblem) clone.mutate({ name, includeMessages });
  };

  return (
    <form
      id={id}
      onSubmit={onSubmit}
      aria-label="Clone agent"
      className="space-y-2 rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-800"
    >
      <AgentNameInput label="Name of the copy" value={name} onChange={setName} problem={nameProblem} />
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={includeMessages}
          onChange={(event) => setIncludeMessages(event.target.checked)}
        />
        Copy the messages too
      </label>
      <Button variant="primary" type="submit" disabled={clone.isPending || nameProblem !== null}>
        {clone.isPending ? "Cloning…" : "Create copy"}
      </Button>
      {clone.error ? <ErrorPanel title="Could not clone the agent" error={toErrorBody(clone.error)} /> : null}
      {clone.data ? <ImportedAgents agents={clone.data.agents} verb="Created" /> : null}
    </form>
  );
}
