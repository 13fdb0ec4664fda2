"use client";

import { useQuery } from "@tanstack/react-query";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { FileStatusBadge } from "./file-status";
import { folderFileQuery } from "@/lib/folders/queries";
import { Button } from "@/components/ui/button";

/** One file opened for reading: the text Letta parsed from it and the passages it embedded. */
export function FileViewer({
  folderId,
  fileId,
  fileName,
  onClose,
}: {
  folderId: string;
  fileId: string;
  fileName: string;
  onClose: () => void;
}) {
  const file = useQuery(folderFileQuery(folderId, fileId));
  return (
    <section
      aria-label={`File ${fileName}`}
      className="space-y-3 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-mono text-sm font-semibold break-all">{fileName}</h3>
        <Button variant="secondary" size="sm" onClick={onClose}>
          Close file
        </Button>
      </div>
      {file.error ? <InlineError error={toErrorBody(file.error)} /> : null}
      {file.data ? (
        <>
          <p className="flex items-center gap-2 text-xs">
            <FileStatusBadge status={file.data.status} />
            {file.data.error ? <span className="text-red-700 dark:text-red-300">{file.data.error}</span> : null}
          </p>
          <div>
            <h4 className="text-xs font-semibold">Text</h4>
            {file.data.content ? (
              <pre
                aria-label="File text"
                className="mt-1 max-h-80 overflow-auto rounded bg-zinc-50 p-2 text-xs whitespace-pre-wrap dark:bg-zinc-900"
              >
                {file.data.content}
              </pre>
            ) : (
              <p className="text-xs text-zinc-500">Letta holds no text for this file (yet).</p>
            )}
          </div>
          <div>
            <h4 className="text-xs font-semibold">
              Passages ({file.data.passages.length}
              {file.data.passagesComplete ? "" : "+"})
            </h4>
            {file.data.passages.length === 0 ? (
              <p className="text-xs text-zinc-500">No passages: nothing was embedded.</p>
            ) : (
              <ol aria-label="Passages" className="mt-1 max-h-80 space-y-1 overflow-auto text-xs">
                {file.data.passages.map((passage, index) => (
                  <li key={passage.id} className="rounded border border-zinc-200 p-2 dark:border-zinc-800">
                    <span className="text-zinc-500">#{index + 1} </span>
                    <span className="whitespace-pre-wrap">{passage.text}</span>
                  </li>
                ))}
              </ol>
            )}
            {file.data.passagesComplete ? null : (
              <p className="text-xs text-zinc-500">
                The folder has more passages than the ADE reads; some may be missing.
              </p>
            )}
          </div>
        </>
      ) : file.error ? null : (
        <p className="text-xs text-zinc-500">Loading the file…</p>
      )}
    </section>
  );
}
