"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { ErrorPanel } from "@/components/error-panel";
import { agentNameProblem } from "@/lib/agent-files/agent-name";
import { unwrap } from "@/lib/actions/result";
import { cloneAgentAction } from "@/lib/agents/actions";
import { queryKeys } from "@/lib/query-keys";
import { AgentNameInput } from "./agent-name-input";
import { toErrorBody } from "@/lib/errors";
import { ImportedAgents } from "./imported-agents";

export function CloneAgent({ agentId, agentName }: { agentId: string; agentName: string }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(`Copy of ${agentName}`);
  const [includeMessages, setIncludeMessages] = useState(true);
  const formId = useId();
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
      {open ? (
        <form
          id={formId}
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
          <button
            type="submit"
            disabled={clone.isPending || nameProblem !== null}
            className="rounded-md bg-blue-600 px-3 py-1.5 font-medium text-white hover:bg-blue-700 disabled:opacity-50"
          >
            {clone.isPending ? "Cloning…" : "Create copy"}
          </button>
          {clone.error ? <ErrorPanel title="Could not clone the agent" error={toErrorBody(clone.error)} /> : null}
          {clone.data ? <ImportedAgents agents={clone.data.agents} verb="Created" /> : null}
        </form>
      ) : null}
    </div>
  );
}
