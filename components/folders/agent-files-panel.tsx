"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState } from "react";
import { useDemoLock } from "@/components/access/access-context";
import { InlineError } from "@/components/ui/inline-error";
import { unwrap } from "@/lib/actions/result";
import { toErrorBody } from "@/lib/errors";
import {
  attachFolderAction,
  closeAgentFileAction,
  closeAllAgentFilesAction,
  detachFolderAction,
  openAgentFileAction,
} from "@/lib/folders/actions";
import { queryKeys } from "@/lib/query-keys";
import { agentFilesQuery, folderListQuery } from "@/lib/folders/queries";
import { Button } from "@/components/ui/button";

/** The agent's folders and files: attach and detach folders, and which files are open in its context. */
export function AgentFilesPanel({ agentId }: { agentId: string }) {
  const queryClient = useQueryClient();
  const lock = useDemoLock();
  const view = useQuery(agentFilesQuery(agentId));
  const folders = useQuery(folderListQuery());
  const [choice, setChoice] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const selectId = useId();

  const refresh = () => {
    // The agent's tools and context change with its folders and open files.
    void queryClient.invalidateQueries({ queryKey: queryKeys.agent(agentId) });
  };
  const change = useMutation({
    mutationFn: async (run: () => Promise<string | null>) => run(),
    onSuccess: (message) => setNotice(message),
    onSettled: refresh,
  });
  const act = (run: () => Promise<string | null>) => {
    setNotice(null);
    change.mutate(run);
  };
  const closedMessage = (closed: string[]) =>
    closed.length > 0 ? `Letta closed ${closed.join(", ")} to stay within the agent's open-file limit.` : null;

  if (view.error) return <InlineError error={toErrorBody(view.error)} />;
  if (!view.data) return <p className="text-xs text-zinc-500">Loading the agent&apos;s files…</p>;
  const { files, maxFilesOpen, perFileCharLimit } = view.data;
  const attachedIds = new Set(view.data.folders.map((folder) => folder.id));
  const available = (folders.data ?? []).filter((folder) => !attachedIds.has(folder.id));
  const openFiles = files.filter((file) => file.isOpen);
  const openCharacters = openFiles.reduce((sum, file) => sum + file.visibleCharacters, 0);
  const busy = change.isPending || lock.locked;

  return (
    <div className="space-y-4 text-sm">
      <section aria-label="Attached folders" className="space-y-2">
        <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">Folders</h3>
        {view.data.folders.length === 0 ? (
          <p className="text-xs text-zinc-500">
            No folder attached. Attaching one gives the agent its files and the tools open_files, grep_files and
            semantic_search_files.
          </p>
        ) : (
          <ul className="space-y-1">
            {view.data.folders.map((folder) => (
              <li key={folder.id} className="flex items-center justify-between gap-2">
                <Link href="/folders" className="truncate underline">
                  {folder.name}
                </Link>
                <Button
                  variant="secondary"
                  size="sm"
                  aria-label={`Detach ${folder.name}`}
                  disabled={busy}
                  {...lock.props}
                  onClick={() =>
                    act(async () => (await unwrap(detachFolderAction({ agentId, folderId: folder.id })), null))
                  }
                >
                  Detach
                </Button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="flex flex-wrap items-center gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (!choice) return;
            act(async () => {
              await unwrap(attachFolderAction({ agentId, folderId: choice }));
              setChoice("");
              return null;
            });
          }}
        >
          <label htmlFor={selectId} className="sr-only">
            Folder to attach
          </label>
          <select
            id={selectId}
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
            className="min-w-0 flex-1 rounded border border-zinc-300 bg-white px-1 py-0.5 text-xs dark:border-zinc-700 dark:bg-zinc-900"
          >
            <option value="">{available.length === 0 ? "No other folders" : "Choose a folder…"}</option>
            {available.map((folder) => (
              <option key={folder.id} value={folder.id}>
                {folder.name}
              </option>
            ))}
          </select>
          <Button variant="secondary" size="sm" type="submit" disabled={busy || !choice} {...lock.props}>
            Attach folder
          </Button>
        </form>
        {folders.error ? <InlineError error={toErrorBody(folders.error)} /> : null}
      </section>

      <section aria-label="Agent files" className="space-y-2">
        <div className="flex items-center justify-between gap-2">
          <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">Files</h3>
          <Button
            variant="secondary"
            size="sm"
            disabled={busy || openFiles.length === 0}
            {...lock.props}
            onClick={() =>
              act(async () => {
                const closed = await unwrap(closeAllAgentFilesAction({ agentId }));
                return closed.length > 0 ? `Closed ${closed.join(", ")}.` : null;
              })
            }
          >
            Close all
          </Button>
        </div>
        <p className="text-xs text-zinc-500" aria-label="Open files summary">
          {openFiles.length} open{maxFilesOpen == null ? "" : ` of at most ${maxFilesOpen}`}, taking{" "}
          {openCharacters.toLocaleString("en-US")} characters of the context (about{" "}
          {Math.ceil(openCharacters / 4).toLocaleString("en-US")} tokens)
          {perFileCharLimit == null
            ? "."
            : `; each file shows at most ${perFileCharLimit.toLocaleString("en-US")} characters.`}
        </p>
        {files.length === 0 ? (
          <p className="text-xs text-zinc-500">No files: attach a folder that has some.</p>
        ) : (
          <ul aria-label="Files the agent can open" className="space-y-1">
            {files.map((file) => (
              <li
                key={file.fileId}
                aria-label={file.name}
                className="flex items-start justify-between gap-2 rounded border border-zinc-200 p-1.5 dark:border-zinc-800"
              >
                <div className="min-w-0">
                  <p className="font-mono text-xs break-all">{file.name}</p>
                  <p className="text-xs text-zinc-500">
                    {file.isOpen
                      ? `Open · ${file.visibleCharacters.toLocaleString("en-US")} characters in context${
                          file.startLine != null && file.endLine != null
                            ? ` (lines ${file.startLine}–${file.endLine})`
                            : ""
                        }`
                      : "Closed"}
                  </p>
                </div>
                {file.isOpen ? (
                  <Button
                    variant="secondary"
                    size="sm"
                    aria-label={`Close ${file.name}`}
                    disabled={busy}
                    {...lock.props}
                    onClick={() =>
                      act(async () => (await unwrap(closeAgentFileAction({ agentId, fileId: file.fileId })), null))
                    }
                  >
                    Close
                  </Button>
                ) : (
                  <Button
                    variant="secondary"
                    size="sm"
                    aria-label={`Open ${file.name}`}
                    disabled={busy}
                    {...lock.props}
                    onClick={() =>
                      act(async () =>
                        closedMessage(await unwrap(openAgentFileAction({ agentId, fileId: file.fileId }))),
                      )
                    }
                  >
                    Open
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {notice ? (
        <p role="status" className="text-xs">
          {notice}
        </p>
      ) : null}
      <InlineError error={change.error ? toErrorBody(change.error) : null} />
    </div>
  );
}
