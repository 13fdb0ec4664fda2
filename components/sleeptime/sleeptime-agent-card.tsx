"use client";

import Link from "next/link";
import { useState } from "react";
import type { SleeptimeAgentView } from "@/lib/sleeptime/types";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { setSleeptimeModelAction } from "@/lib/sleeptime/actions";
import { useSettingsMutation } from "./use-settings-mutation";
import { Button } from "@/components/ui/button";

/** The sleep-time agent: its name and a link to open it like any agent, and its own model. */
export function SleeptimeAgentCard({
  agentId,
  agent,
  models,
}: {
  agentId: string;
  agent: SleeptimeAgentView;
  models: { handle: string; name: string }[];
}) {
  const [model, setModel] = useState(agent.model ?? "");
  const save = useSettingsMutation<{ model: string }>(agentId, setSleeptimeModelAction);
  const options =
    agent.model && !models.some((item) => item.handle === agent.model)
      ? [{ handle: agent.model, name: agent.model }, ...models]
      : models;
  return (
    <div className="space-y-2 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-zinc-500">Sleep-time agent</dt>
        <dd>
          <Link href={`/agents/${agent.id}`} className="font-medium underline">
            {agent.name}
          </Link>
        </dd>
        <dt className="text-zinc-500">Its id</dt>
        <dd className="break-all font-mono">{agent.id}</dd>
        <dt className="text-zinc-500">Model now</dt>
        <dd className="font-mono" aria-label="Sleep-time model">
          {agent.model ?? "—"}
        </dd>
      </dl>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (model) save.mutate({ model });
        }}
      >
        <label className="space-y-1">
          <span className="block text-zinc-600 dark:text-zinc-400">Sleep-time agent&apos;s model</span>
          <select
            value={model}
            onChange={(event) => setModel(event.target.value)}
            className="rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-950"
          >
            {options.map((item) => (
              <option key={item.handle} value={item.handle}>
                {item.handle}
              </option>
            ))}
          </select>
        </label>
        <Button variant="primary" size="sm" type="submit" disabled={save.isPending || !model || model === agent.model}>
          {save.isPending ? "Saving…" : "Save model"}
        </Button>
      </form>
      <InlineError error={save.error ? toErrorBody(save.error) : null} />
    </div>
  );
}
