"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useDemoLock } from "@/components/access/access-context";
import { AgentLinkList } from "@/components/agents/agent-link-list";
import { DeletePanel } from "@/components/ui/delete-panel";
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
    <DeletePanel
      name={folder.name}
      question={`Delete ${folder.name} and all its files? This cannot be undone.`}
      error={remove.error}
      busy={agents.isPending || remove.isPending}
      deleteLabel={remove.isPending ? "Deleting…" : "Delete"}
      onDelete={() => remove.mutate()}
      onCancel={() => setAsking(false)}
    >
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
            <AgentLinkList label="Agents the folder is attached to" agents={attached} />
          </div>
        )
      ) : null}
    </DeletePanel>
  );
}
