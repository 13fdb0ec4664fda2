"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { AffectedAgents, ConfirmDelete } from "@/components/ui/confirm-delete";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { unwrap } from "@/lib/actions/result";
import { deleteToolAction } from "@/lib/tools/actions";
import type { ToolDetail } from "@/lib/tools/types";
import { toolUsageQuery } from "@/lib/tools/queries";
import { Button } from "@/components/ui/button";

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
      <Button variant="danger" onClick={() => setAsking(true)}>
        Delete tool
      </Button>
    );
  }
  const agents = usage.data?.agents ?? [];
  return (
    <ConfirmDelete
      name={tool.name}
      question={`Delete ${tool.name}? This cannot be undone.`}
      error={remove.error ? toErrorBody(remove.error) : null}
      disabled={usage.isPending}
      pending={remove.isPending}
      onConfirm={() => remove.mutate()}
      onCancel={() => setAsking(false)}
    >
      {usage.isPending ? <p className="text-xs">Checking which agents use it…</p> : null}
      {usage.error ? <InlineError error={toErrorBody(usage.error)} /> : null}
      {usage.data ? (
        agents.length === 0 ? (
          <p className="text-xs">No agent uses it{usage.data.complete ? "" : " among the first 2,000 agents"}.</p>
        ) : (
          <AffectedAgents
            label="Agents using this tool"
            agents={agents}
            intro={
              <>
                {agents.length === 1
                  ? "1 agent uses it and will lose it:"
                  : `${agents.length} agents use it and will lose it:`}
                {usage.data.complete ? "" : " (and maybe more: only the first 2,000 agents were checked)"}
              </>
            }
          />
        )
      ) : null}
    </ConfirmDelete>
  );
}
