import type { Metadata } from "next";
import { ErrorPanel } from "@/components/error-panel";
import { FoldersManager } from "@/components/folders/folders-manager";
import { listFolders } from "@/lib/letta/folders";
import { listServerModels } from "@/lib/letta/models";
import { load } from "@/lib/load-result";

export const metadata: Metadata = { title: "Folders" };
export const dynamic = "force-dynamic";

export default async function FoldersPage() {
  const [folders, models] = await Promise.all([load(listFolders), load(listServerModels)]);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold">Folders</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Documents agents read: Letta parses each file, embeds its passages, and gives an agent the folder&apos;s files
          to open, grep and search once you attach the folder on the agent&apos;s Files tab.
        </p>
      </div>
      {!folders.ok ? (
        <ErrorPanel title="Could not load the server's folders" error={folders.error} />
      ) : !models.ok ? (
        <ErrorPanel title="Could not load the server's embedding models" error={models.error} />
      ) : (
        <FoldersManager initialFolders={folders.data} embeddings={models.data.embeddings} />
      )}
    </div>
  );
}
