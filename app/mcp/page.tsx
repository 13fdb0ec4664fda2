import type { Metadata } from "next";
import { ErrorPanel } from "@/components/error-panel";
import { McpServers } from "@/components/mcp/mcp-servers";
import { listMcpServers } from "@/lib/letta/mcp-servers";
import { load } from "@/lib/load-result";

export const metadata: Metadata = { title: "MCP servers" };
export const dynamic = "force-dynamic";

export default async function McpPage() {
  const servers = await load(() => listMcpServers());
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold">MCP servers</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Model Context Protocol servers the Letta server connects to. Their tools join the tool library and can be
          attached to agents.
        </p>
      </div>
      {servers.ok ? (
        <McpServers initialServers={servers.data} />
      ) : (
        <ErrorPanel title="Could not load the MCP servers" error={servers.error} />
      )}
    </div>
  );
}
