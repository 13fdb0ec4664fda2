"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import type { FolderView } from "@/lib/folders/types";
import type { EmbeddingOption } from "@/lib/models/types";
import { CreateFolderForm } from "./create-folder-form";
import { FolderDetail } from "./folder-detail";
import { folderListQuery } from "@/lib/folders/queries";
import { Button } from "@/components/ui/button";

/** The folders page: the server's folders beside the selected one's files. */
export function FoldersManager({
  initialFolders,
  embeddings,
}: {
  initialFolders: FolderView[];
  embeddings: EmbeddingOption[];
}) {
  const folders = useQuery({ ...folderListQuery(), initialData: initialFolders });
  const [selectedId, setSelectedId] = useState<string | null>(initialFolders[0]?.id ?? null);
  const list = folders.data;
  const selected = list.find((folder) => folder.id === selectedId) ?? null;

  return (
    <div className="grid gap-6 md:grid-cols-[18rem_minmax(0,1fr)]">
      <div className="space-y-4">
        <nav aria-label="Folders" className="space-y-1">
          {folders.error ? <InlineError error={toErrorBody(folders.error)} /> : null}
          {list.length === 0 ? <p className="text-sm text-zinc-500">No folders yet.</p> : null}
          <ul className="space-y-1">
            {list.map((folder) => (
              <li key={folder.id}>
                <Button
                  variant="ghost"
                  aria-current={folder.id === selected?.id ? "true" : undefined}
                  onClick={() => setSelectedId(folder.id)}
                  className="w-full text-left aria-[current=true]:bg-zinc-200 aria-[current=true]:font-semibold dark:aria-[current=true]:bg-zinc-800"
                >
                  <span className="block truncate">{folder.name}</span>
                  <span className="block text-xs font-normal text-zinc-500">
                    {folder.fileCount == null
                      ? folder.embedding
                      : `${folder.fileCount} file${folder.fileCount === 1 ? "" : "s"} · ${folder.embedding}`}
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        </nav>
        <CreateFolderForm embeddings={embeddings} onCreated={(folder) => setSelectedId(folder.id)} />
      </div>
      {selected ? (
        <FolderDetail key={selected.id} folder={selected} onDeleted={() => setSelectedId(null)} />
      ) : (
        <p className="text-sm text-zinc-500">Choose a folder, or create one, to upload files into it.</p>
      )}
    </div>
  );
}
