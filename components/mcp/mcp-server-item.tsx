"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { mcpServerToolsQuery } from "@/lib/tools/queries";
import { unwrap } from "@/lib/actions/result";
import { deleteMcpServerAction, refreshMcpServerAction } from "@/lib/mcp/actions";
import { toolKeys } from "@/lib/query-keys";
import type { McpServerView } from "@/lib/tools/types";
import { AttachToAgent } from "./attach-to-agent";
import { Button } from "@/components/ui/button";

const transportLabel = { stdio: "stdio", sse: "SSE", streamable_http: "Streamable HTTP" } as const;

export function McpServerItem({ server, onRemoved }: { server: McpServerView; onRemoved: () => void }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const tools = useQuery({ ...mcpServerToolsQuery(server.id), enabled: open });
  const remove = useMutation({
    mutationFn: async () => unwrap(deleteMcpServerAction({ serverId: server.id })),
    onSuccess: onRemoved,
  });
  const refresh = useMutation({
    mutationFn: async () => unwrap(refreshMcpServerAction({ serverId: server.id })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: toolKeys.mcpServerTools(server.id) }),
  });

  return (
    <li
      aria-label={`MCP server ${server.name}`}
      className="space-y-2 rounded-lg border border-zinc-200 bg-white p-3 text-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <p className="font-medium">{server.name}</p>
          <p className="text-xs text-zinc-500">
            {transportLabel[server.type]} ·{" "}
            <span className="font-mono">
              {server.type === "stdio" ? [server.command, ...server.args].join(" ") : server.url}
            </span>
          </p>
          {server.headerNames.length > 0 || server.hasAuthToken ? (
            <p className="text-xs text-zinc-500">
              Headers set: {[...server.headerNames, ...(server.hasAuthToken ? ["auth token"] : [])].join(", ")} (values
              hidden)
            </p>
          ) : null}
          {server.envNames.length > 0 ? (
            <p className="text-xs text-zinc-500">Environment set: {server.envNames.join(", ")} (values hidden)</p>
          ) : null}
        </div>
        <ConfirmButton
          label="Remove"
          question={`Remove ${server.name} and its tools?`}
          confirmLabel="Remove"
          disabled={remove.isPending}
          onConfirm={() => remove.mutate()}
        />
      </div>
      <InlineError error={remove.error ? toErrorBody(remove.error) : null} />
      <details onToggle={(event) => setOpen(event.currentTarget.open)} className="text-xs">
        <summary className="cursor-pointer font-medium">Tools</summary>
        <div className="mt-2 space-y-2">
          <Button variant="secondary" size="sm" disabled={refresh.isPending} onClick={() => refresh.mutate()}>
            {refresh.isPending ? "Asking the server…" : "Refresh tools"}
          </Button>
          <InlineError
            error={refresh.error ? toErrorBody(refresh.error) : tools.error ? toErrorBody(tools.error) : null}
          />
          {tools.isPending ? <p>Loading tools…</p> : null}
          {tools.data && tools.data.length === 0 ? (
            <p className="text-zinc-500">
              Letta has no tools from this server (it may not have been reachable when added: try Refresh tools).
            </p>
          ) : null}
          <ul aria-label={`Tools of ${server.name}`} className="space-y-2">
            {(tools.data ?? []).map((tool) => (
              <li
                key={tool.id}
                aria-label={`MCP tool ${tool.name}`}
                className="space-y-1 rounded border border-zinc-200 p-2 dark:border-zinc-800"
              >
                <p className="font-mono font-medium">{tool.name}</p>
                {tool.description ? <p className="text-zinc-600 dark:text-zinc-400">{tool.description}</p> : null}
                <AttachToAgent toolId={tool.id} toolName={tool.name} />
              </li>
            ))}
          </ul>
        </div>
      </details>
    </li>
  );
}
