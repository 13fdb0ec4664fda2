"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useDeferredValue, useState, type FormEvent } from "react";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { unwrap } from "@/lib/actions/result";
import { agentSearchQuery } from "@/lib/agents/queries";
import { attachToolAction } from "@/lib/tools/actions";
import { Button } from "@/components/ui/button";

const fieldClass = "rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-950";

/** Attaches one tool to an agent found by name. */
export function AttachToAgent({ toolId, toolName }: { toolId: string; toolName: string }) {
  const [search, setSearch] = useState("");
  const [agentId, setAgentId] = useState("");
  const [attachedTo, setAttachedTo] = useState<{ id: string; name: string } | null>(null);
  const deferred = useDeferredValue(search.trim());
  const agents = useQuery(agentSearchQuery(deferred, 20));
  const attach = useMutation({
    mutationFn: async (id: string) => unwrap(attachToolAction({ agentId: id, toolId })),
    onSuccess: (_result, id) =>
      setAttachedTo({ id, name: agents.data?.agents.find((agent) => agent.id === id)?.name ?? id }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (agentId) attach.mutate(agentId);
  };

  return (
    <form aria-label={`Attach ${toolName} to an agent`} onSubmit={submit} className="flex flex-wrap items-end gap-2">
      <label className="flex flex-col">
        Find an agent
        <input
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          className={fieldClass}
        />
      </label>
      <label className="flex flex-col">
        Agent
        <select value={agentId} onChange={(event) => setAgentId(event.target.value)} className={fieldClass}>
          <option value="">{agents.isFetching ? "Loading…" : "Choose an agent"}</option>
          {(agents.data?.agents ?? []).map((agent) => (
            <option key={agent.id} value={agent.id}>
              {agent.name}
            </option>
          ))}
        </select>
      </label>
      <Button variant="primary" size="sm" type="submit" disabled={!agentId || attach.isPending}>
        Attach to agent
      </Button>
      {attachedTo ? (
        <p role="status" className="w-full text-emerald-700 dark:text-emerald-400">
          Attached to{" "}
          <Link href={`/agents/${attachedTo.id}`} className="underline">
            {attachedTo.name}
          </Link>
        </p>
      ) : null}
      {attach.error ? (
        <div className="w-full">
          <InlineError error={toErrorBody(attach.error)} />
        </div>
      ) : null}
    </form>
  );
}
