"use client";

import { useOptimisticAction } from "@/lib/actions/use-optimistic-action";
import { queryKeys } from "@/lib/query-keys";
import { attachToolAction, detachToolAction, setToolApprovalAction } from "@/lib/tools/actions";
import type { AgentToolsView, ToolSummary } from "@/lib/tools/types";

/** The approval switch, shown switched at once; back as it was, with the server's reason, on a refusal. */
export function useToolApproval(agentId: string) {
  return useOptimisticAction({
    queryKey: queryKeys.agentTools(agentId),
    action: (change: { agentId: string; toolName: string; requiresApproval: boolean }) => setToolApprovalAction(change),
    apply: (view: AgentToolsView, change) => ({
      ...view,
      tools: view.tools.map((tool) =>
        tool.name === change.toolName ? { ...tool, requiresApproval: change.requiresApproval } : tool,
      ),
    }),
  });
}

/** Detaching a tool removes it from the list at once; a refusal brings it back. */
export function useDetachTool(agentId: string) {
  return useOptimisticAction({
    queryKey: queryKeys.agentTools(agentId),
    action: (ids: { agentId: string; toolId: string }) => detachToolAction(ids),
    apply: (view: AgentToolsView, ids) => ({ ...view, tools: view.tools.filter((tool) => tool.id !== ids.toolId) }),
  });
}

/** Attaching a tool from the library lists it at once; a refusal takes it away again. */
export function useAttachTool(agentId: string) {
  return useOptimisticAction({
    queryKey: queryKeys.agentTools(agentId),
    action: ({ tool }: { tool: ToolSummary }) => attachToolAction({ agentId, toolId: tool.id }),
    apply: (view: AgentToolsView, { tool }) =>
      view.tools.some((attached) => attached.id === tool.id)
        ? view
        : { ...view, tools: [...view.tools, { ...tool, jsonSchema: null, requiresApproval: false }] },
  });
}
