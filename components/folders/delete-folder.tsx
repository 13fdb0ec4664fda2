"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useDemoLock } from "@/components/access/access-context";
import { AffectedAgents, ConfirmDelete } from "@/components/ui/confirm-delete";
import { InlineError } from "@/components/ui/inline-error";
import { unwrap } from "@/lib/actions/result";
import { toErrorBody } from "@/lib/errors";
import { deleteFolderAction } from "@/lib/folders/actions";
import type { FolderView } from "@/lib/folders/types";
import { queryKeys } from "@/lib/query-keys";
import { folderAgentsQuery } from "@/lib/folders/queries";
import { Button } from "@/components/ui/button";

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
      <Button variant="danger" disabled={lock.locked} {...lock.props} onClick={() => setAsking(true)}>
        Delete folder
      </Button>
    );
  }
  const attached = agents.data ?? [];
  return (
    <ConfirmDelete
      name={folder.name}
      question={`Delete ${folder.name} and all its files? This cannot be undone.`}
      error={remove.error ? toErrorBody(remove.error) : null}
      disabled={agents.isPending}
      pending={remove.isPending}
      onConfirm={() => remove.mutate()}
      onCancel={() => setAsking(false)}
    >
      {agents.isPending ? <p className="text-xs">Checking which agents it is attached to…</p> : null}
      {agents.error ? <InlineError error={toErrorBody(agents.error)} /> : null}
      {agents.data ? (
        attached.length === 0 ? (
          <p className="text-xs">It is not attached to any agent.</p>
        ) : (
          <AffectedAgents
            label="Agents the folder is attached to"
            agents={attached}
            intro={
              attached.length === 1
                ? "It is attached to 1 agent, which will lose its files:"
                : `It is attached to ${attached.length} agents, which will lose its files:`
            }
          />
        )
      ) : null}
    </ConfirmDelete>
  );
}
