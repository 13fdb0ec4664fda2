"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useDemoLock } from "@/components/access/access-context";
import { InlineError } from "@/components/ui/inline-error";
import { unwrap } from "@/lib/actions/result";
import { toErrorBody } from "@/lib/errors";
import { deleteFolderAction } from "@/lib/folders/actions";
import type { FolderView } from "@/lib/folders/types";
import { queryKeys } from "@/lib/query-keys";
import { folderAgentsQuery } from "@/lib/folders/queries";

/** Deletes a folder and its files after naming the agents it is attached to (they lose its files). */
export function DeleteFolder({ folder, onDeleted }: { folder: FolderView; onDeleted: () => void }) {
  const queryClient = useQueryClient();
  const lock = useDemoLock();
  const [asking, setAsking] = useState(false);
  const agents = useQuery({ ...folderAgentsQuery(folder.id), enabled: asking });
  const remove = useMutation({
    mutationFn: async () => await unwrap(deleteFolderAction({ folderId: folder.id })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.folders() });
      onDeleted();
    },
  });

  if (!asking) {
    return (
      <button
        type="button"
        disabled={lock.locked}
        {...lock.props}
        onClick={() => setAsking(true)}
        className="rounded border border-red-300 px-3 py-1 text-sm text-red-700 hover:bg-red-50 disabled:opacity-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950"
      >
        Delete folder
      </button>
    );
  }
  const attached = agents.data ?? [];
  return (
    <section
      role="alertdialog"
      aria-label={`Delete ${folder.name}?`}
      className="space-y-2 rounded-lg border border-red-300 bg-red-50 p-3 text-sm dark:border-red-900 dark:bg-red-950"
    >
      <p className="font-medium">Delete {folder.name} and all its files? This cannot be undone.</p>
      {agents.isPending ? <p className="text-xs">Checking which agents it is attached to…</p> : null}
      {agents.error ? <InlineError error={toErrorBody(agents.error)} /> : null}
      {agents.data ? (
        attached.length === 0 ? (
          <p className="text-xs">It is not attached to any agent.</p>
        ) : (
          <div className="text-xs">
            <p>
              {attached.length === 1
                ? "It is attached to 1 agent, which will lose its files:"
                : `It is attached to ${attached.length} agents, which will lose its files:`}
            </p>
            <ul aria-label="Agents the folder is attached to" className="mt-1 list-disc pl-5">
              {attached.map((agent) => (
                <li key={agent.id}>
                  <Link href={`/agents/${agent.id}`} className="underline">
                    {agent.name}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )
      ) : null}
      <InlineError error={remove.error ? toErrorBody(remove.error) : null} />
      <div className="flex gap-2">
        <button
          type="button"
          disabled={agents.isPending || remove.isPending}
          onClick={() => remove.mutate()}
          className="rounded bg-red-600 px-3 py-1 font-medium text-white hover:bg-red-700 disabled:opacity-50"
        >
          {remove.isPending ? "Deleting…" : "Delete"}
        </button>
        <button
          type="button"
          onClick={() => setAsking(false)}
          className="rounded border border-zinc-300 px-3 py-1 dark:border-zinc-700"
        >
          Cancel
        </button>
      </div>
    </section>
  );
}
