"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { AgentLinkList } from "@/components/agents/agent-link-list";
import { DeletePanel } from "@/components/ui/delete-panel";
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
    <DeletePanel
      name={tool.name}
      question={`Delete ${tool.name}? This cannot be undone.`}
      error={remove.error}
      busy={usage.isPending || remove.isPending}
      onDelete={() => remove.mutate()}
      onCancel={() => setAsking(false)}
    >
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
            <AgentLinkList label="Agents using this tool" agents={agents} />
          </div>
        )
      ) : null}
    </DeletePanel>
  );
}
