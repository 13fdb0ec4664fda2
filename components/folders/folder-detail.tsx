"use client";

import { useState } from "react";
import { useDemoLock } from "@/components/access/access-context";
import type { FolderFileView, FolderView } from "@/lib/folders/types";
import { DeleteFolder } from "./delete-folder";
import { FileTable } from "./file-table";
import { FileViewer } from "./file-viewer";
import { FolderSettingsForm } from "./folder-settings-form";
import { UploadZone } from "./upload-zone";

/** One folder: its settings, uploads, files and the file being read. */
export function FolderDetail({ folder, onDeleted }: { folder: FolderView; onDeleted: () => void }) {
  const [opened, setOpened] = useState<Pick<FolderFileView, "id" | "name"> | null>(null);
  const lock = useDemoLock();
  return (
    <section aria-labelledby="folder-heading" className="min-w-0 space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id="folder-heading" className="text-lg font-semibold">
            {folder.name}
          </h2>
          {folder.description ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{folder.description}</p> : null}
        </div>
        <DeleteFolder key={folder.id} folder={folder} onDeleted={onDeleted} />
      </div>
      <details className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
        <summary className="cursor-pointer text-sm font-medium">Rename or edit the folder</summary>
        <div className="mt-2">
          <FolderSettingsForm
            key={`${folder.id}:${folder.name}:${folder.description}:${folder.instructions}`}
            folder={folder}
          />
        </div>
      </details>
      <UploadZone key={folder.id} folderId={folder.id} disabled={lock.locked} />
      <FileTable folderId={folder.id} onOpen={(file) => setOpened({ id: file.id, name: file.name })} />
      {opened ? (
        <FileViewer
          key={opened.id}
          folderId={folder.id}
          fileId={opened.id}
          fileName={opened.name}
          onClose={() => setOpened(null)}
        />
      ) : null}
    </section>
  );
}
