"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { mcpServersQuery } from "@/lib/tools/queries";
import { toolKeys } from "@/lib/query-keys";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import type { McpServerView } from "@/lib/tools/types";
import { AddMcpServerForm } from "./add-mcp-server-form";
import { McpServerItem } from "./mcp-server-item";

/** The MCP servers Letta knows, their tools, and a form to add one. */
export function McpServers({ initialServers }: { initialServers: McpServerView[] }) {
  const queryClient = useQueryClient();
  const servers = useQuery({ ...mcpServersQuery(), initialData: initialServers });
  const refresh = () => queryClient.invalidateQueries({ queryKey: toolKeys.all() });

  return (
    <div className="space-y-4">
      {servers.error ? <InlineError error={toErrorBody(servers.error)} /> : null}
      {servers.data.length === 0 ? <p className="text-sm text-zinc-500">No MCP servers yet.</p> : null}
      <ul aria-label="MCP servers" className="space-y-3">
        {servers.data.map((server) => (
          <McpServerItem key={server.id} server={server} onRemoved={refresh} />
        ))}
      </ul>
      <AddMcpServerForm onAdded={refresh} />
    </div>
  );
}
