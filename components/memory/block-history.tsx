"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { InlineError, toErrorBody } from "./inline-error";
import { historyQuery } from "./queries";

/** The changes the agent (and its sleep-time agents) made to one block through memory tools. */
export function BlockHistory({ agentId, label }: { agentId: string; label: string }) {
  const [open, setOpen] = useState(false);
  const history = useQuery({ ...historyQuery(agentId), enabled: open });
  const changes = (history.data ?? []).filter((change) => change.label === label);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)} className="px-1 text-xs">
      <summary className="cursor-pointer text-zinc-600 dark:text-zinc-400">History of {label}</summary>
      <div role="region" aria-label={`History of ${label}`} className="mt-1 space-y-1">
        {history.error ? <InlineError error={toErrorBody(history.error)} /> : null}
        {history.isFetching && !history.data ? <p className="text-zinc-500">Loading…</p> : null}
        {history.data && changes.length === 0 ? <p className="text-zinc-500">No edits of this block in the recent history.</p> : null}
        <ol className="space-y-1">
          {changes.map((change) => (
            <li key={change.id} className="rounded border border-zinc-200 p-1.5 dark:border-zinc-800">
              <p className="text-zinc-500">
                <time dateTime={change.at}>{new Date(change.at).toLocaleString()}</time> · {change.author.kind === "ade" ? "saved in the ADE" : `${change.author.agentName} (${change.author.kind})`} · <span className="font-mono">{change.tool}</span> ·{" "}
                {change.outcome}
              </p>
              <p className="whitespace-pre-wrap break-words">{change.summary}</p>
            </li>
          ))}
        </ol>
        <p className="text-zinc-500">Saves from this ADE are listed; edits by other API clients leave no trace and are not.</p>
      </div>
    </details>
  );
}
