"use client";

import { LibraryAttachForm } from "@/components/ui/library-attach-form";
import { toolKindLabel } from "@/lib/tools/kind";
import { toolLibraryQuery } from "@/lib/tools/queries";
import type { AgentTool } from "@/lib/tools/types";
import { useAttachTool } from "./use-agent-tool-changes";

/** Attaches a tool from the server's library (Letta's own, custom and MCP tools), found by name. */
export function AttachToolForm({ open, agentId, attached }: { open: boolean; agentId: string; attached: AgentTool[] }) {
  const attach = useAttachTool(agentId);
  return (
    <LibraryAttachForm
      open={open}
      title="Attach a tool"
      findLabel="Find a tool"
      placeholder="Part of its name"
      pickLabel="Tool to attach"
      chooseText="Choose a tool"
      noneText="No other tools match"
      library={toolLibraryQuery}
      attached={attached}
      optionText={(tool) => `${tool.name} (${toolKindLabel[tool.kind]}${tool.mcpServer ? ` · ${tool.mcpServer}` : ""})`}
      onAttach={(tool, done) => attach.mutate({ tool }, { onSuccess: done })}
      attaching={attach.isPending}
      attachError={attach.error}
    />
  );
}
