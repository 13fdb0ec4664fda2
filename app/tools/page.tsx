import type { Metadata } from "next";
import Link from "next/link";
import { ErrorPanel } from "@/components/error-panel";
import { ToolLibrary } from "@/components/tools/tool-library";
import { listLibraryTools } from "@/lib/letta/tools";
import { load } from "@/lib/load-result";

export const metadata: Metadata = { title: "Tools" };
export const dynamic = "force-dynamic";

export default async function ToolsPage() {
  const tools = await load(() => listLibraryTools(""));
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold">Tools</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Every tool on the server: Letta&apos;s own, your custom Python tools and tools from{" "}
          <Link href="/mcp" className="underline">
            MCP servers
          </Link>
          . Write, run and delete custom tools here; attach tools on an agent&apos;s Tools tab.
        </p>
      </div>
      {tools.ok ? (
        <ToolLibrary initialTools={tools.data} />
      ) : (
        <ErrorPanel title="Could not load the server's tools" error={tools.error} />
      )}
    </div>
  );
}
