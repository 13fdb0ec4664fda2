"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { toastWithUndo } from "@/components/ui/toast";
import { unwrap } from "@/lib/actions/result";
import { queryKeys } from "@/lib/query-keys";
import { attachToolAction } from "@/lib/tools/actions";
import type { AgentTool, AgentToolsView } from "@/lib/tools/types";
import { LazyDetails } from "@/components/ui/lazy-details";
import { AttachToolForm } from "./attach-tool-form";
import { JsonSchemaView } from "./json-schema-view";
import { agentToolsQuery } from "@/lib/tools/queries";
import { RunAgentTool } from "./run-agent-tool";
import { ToolKindBadge } from "./tool-kind-badge";
import { ToolRules } from "./tool-rules";
import { useDetachTool, useToolApproval } from "./use-agent-tool-changes";

export function AgentTools({ agentId, initial }: { agentId: string; initial?: AgentToolsView }) {
  const tools = useQuery({ ...agentToolsQuery(agentId), initialData: initial });
  const queryClient = useQueryClient();
  // Kept here, not in the item: the detached tool's item is gone until a refusal brings it back.
  const detach = useDetachTool(agentId);

  if (tools.error && !tools.data) return <InlineError error={toErrorBody(tools.error)} />;
  if (!tools.data) return <p className="text-xs text-zinc-500">Loading tools…</p>;
  const view = tools.data;

  return (
    <div className="space-y-4">
      <section aria-label="Attached tools" className="space-y-2">
        <div className="flex items-baseline justify-between">
          <h2 className="text-sm font-semibold">Tools ({view.tools.length})</h2>
          <Link href="/tools" className="text-xs underline">
            Tool library
          </Link>
        </div>
        {view.tools.length === 0 ? <p className="text-xs text-zinc-500">No tools attached.</p> : null}
        <ul className="space-y-2">
          {view.tools.map((tool) => (
            <AgentToolItem
              key={tool.id}
              agentId={agentId}
              tool={tool}
              detaching={detach.isPending && detach.variables.toolId === tool.id}
              onDetach={() =>
                detach.mutate(
                  { agentId, toolId: tool.id },
                  {
                    onSuccess: () =>
                      toastWithUndo(
                        `Detached ${tool.name}`,
                        () =>
                          unwrap(attachToolAction({ agentId, toolId: tool.id })).finally(
                            () => void queryClient.invalidateQueries({ queryKey: queryKeys.agentTools(agentId) }),
                          ),
                        `Attached ${tool.name} again`,
                      ),
                  },
                )
              }
            />
          ))}
        </ul>
        <InlineError error={detach.error ? toErrorBody(detach.error) : null} />
        <LazyDetails summary="Attach a tool">
          {(open) => <AttachToolForm open={open} agentId={agentId} attached={view.tools} />}
        </LazyDetails>
      </section>
      <ToolRules agentId={agentId} view={view} />
    </div>
  );
}

function AgentToolItem({
  agentId,
  tool,
  detaching,
  onDetach,
}: {
  agentId: string;
  tool: AgentTool;
  detaching: boolean;
  onDetach: () => void;
}) {
  const approval = useToolApproval(agentId);
  const error = approval.error;
  return (
    <li
      aria-label={`Tool ${tool.name}`}
      className="space-y-1 rounded-lg border border-zinc-200 bg-white p-2 text-xs dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-mono font-medium">{tool.name}</span>
        <ToolKindBadge kind={tool.kind} mcpServer={tool.mcpServer} />
      </div>
      {tool.description ? <p className="line-clamp-3 text-zinc-600 dark:text-zinc-400">{tool.description}</p> : null}
      <JsonSchemaView schema={tool.jsonSchema} />
      <RunAgentTool agentId={agentId} toolName={tool.name} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label className="flex items-center gap-1">
          <input
            type="checkbox"
            checked={tool.requiresApproval}
            disabled={approval.isPending}
            onChange={(event) =>
              approval.mutate({ agentId, toolName: tool.name, requiresApproval: event.target.checked })
            }
          />
          Requires approval
        </label>
        <ConfirmButton
          label="Detach"
          question={`Detach ${tool.name} from this agent?`}
          confirmLabel="Detach"
          disabled={detaching}
          onConfirm={onDetach}
        />
      </div>
      <InlineError error={error ? toErrorBody(error) : null} />
    </li>
  );
}
