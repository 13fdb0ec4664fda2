import type { Metadata } from "next";
import { BlocksLibrary } from "@/components/blocks/blocks-library";
import { ErrorPanel } from "@/components/error-panel";
import { AppError } from "@/lib/errors";
import { listLibraryBlocks } from "@/lib/letta/blocks";
import type { MemoryBlock } from "@/lib/memory/types";

export const metadata: Metadata = { title: "Memory blocks" };
export const dynamic = "force-dynamic";

export default async function BlocksPage() {
  let blocks: MemoryBlock[];
  try {
    blocks = await listLibraryBlocks("");
  } catch (error) {
    if (error instanceof AppError)
      return <ErrorPanel title="Could not load the server's memory blocks" error={error.toJSON()} />;
    throw error;
  }
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold">Memory blocks</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Every core memory block on the server, the agents that use it, and its value.
        </p>
      </div>
      <BlocksLibrary initialBlocks={blocks} />
    </div>
  );
}
