"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { unwrap } from "@/lib/actions/result";
import { deleteToolAction } from "@/lib/tools/actions";
import type { ToolDetail } from "@/lib/tools/types";
import { toolUsageQuery } from "@/lib/tools/queries";

/** Deletes a tool after saying which agents use it (they lose it). */
export function DeleteTool({ tool, onDeleted }: { tool: ToolDetail; onDeleted: () => void }) {
  const [asking, setAsking] = useState(false);
  const usage = useQuery({ ...toolUsageQuery(tool.id), enabled: asking });
  const remove = useMutation({
    mutationFn: async () => unwrap(deleteToolAction({ toolId: tool.id })),
    onSuccess: onDeleted,
  });

  if (!asking) {
    return (
      <button
        type="button"
        onClick={() => setAsking(true)}
        className="rounded border border-red-300 px-3 py-1 text-sm text-red-700 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950"
      >
        Delete tool
      </button>
    );
  }
  const agents = usage.data?.agents ?? [];
  return (
    <section
      role="alertdialog"
      aria-label={`Delete ${tool.name}?`}
      className="space-y-2 rounded-lg border border-red-300 bg-red-50 p-3 text-sm dark:border-red-900 dark:bg-red-950"
    >
      <p className="font-medium">Delete {tool.name}? This cannot be undone.</p>
      {usage.isPending ? <p className="text-xs">Checking which agents use it…</p> : null}
      {usage.error ? <InlineError error={toErrorBody(usage.error)} /> : null}
      {usage.data ? (
        agents.length === 0 ? (
          <p className="text-xs">No agent uses it{usage.data.complete ? "" : " among the first 2,000 agents"}.</p>
        ) : (
          <div className="text-xs">
            <p>
              {agents.length === 1
                ? "1 agent uses it and will lose it:"
                : `${agents.length} agents use it and will lose it:`}
              {usage.data.complete ? "" : " (and maybe more: only the first 2,000 agents were checked)"}
            </p>
            <ul aria-label="Agents using this tool" className="mt-1 list-disc pl-5">
              {agents.map((agent) => (
                <li key={agent.id}>
                  <Link href={`/agents/${agent.id}`} className="underline">
                    {agent.name}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )
      ) : null}
      <InlineError error={remove.error ? toErrorBody(remove.error) : null} />
      <div className="flex gap-2">
        <button
          type="button"
          disabled={usage.isPending || remove.isPending}
          onClick={() => remove.mutate()}
          className="rounded bg-red-600 px-3 py-1 font-medium text-white hover:bg-red-700 disabled:opacity-50"
        >
          Delete
        </button>
        <button
          type="button"
          onClick={() => setAsking(false)}
          className="rounded border border-zinc-300 px-3 py-1 dark:border-zinc-700"
        >
          Cancel
        </button>
      </div>
    </section>
  );
}
