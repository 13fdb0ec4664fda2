"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { unwrap } from "@/lib/actions/result";
import { attachArchiveAction, detachArchiveAction } from "@/lib/memory/actions";
import { memoryKeys } from "@/lib/query-keys";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { archivesQuery } from "@/lib/memory/queries";
import { Button } from "@/components/ui/button";

/** The archives (passage stores) the agent reads and writes, with attach and detach. */
export function ArchivesList({ agentId }: { agentId: string }) {
  const queryClient = useQueryClient();
  const archives = useQuery(archivesQuery(agentId));
  const [choice, setChoice] = useState("");
  const refresh = () => void queryClient.invalidateQueries({ queryKey: memoryKeys.agent(agentId) });
  const attach = useMutation({
    mutationFn: async (archiveId: string) => unwrap(attachArchiveAction({ agentId, archiveId })),
    onSuccess: () => {
      setChoice("");
      refresh();
    },
  });
  const detach = useMutation({
    mutationFn: async (archiveId: string) => unwrap(detachArchiveAction({ agentId, archiveId })),
    onSuccess: refresh,
  });
  const failure = archives.error ?? attach.error ?? detach.error;

  return (
    <section aria-label="Archives" className="space-y-2">
      <h3 className="font-semibold">Archives</h3>
      <InlineError error={failure ? toErrorBody(failure) : null} />
      {archives.data && archives.data.attached.length === 0 ? (
        <p className="text-zinc-500">No archive attached (Letta creates one with the first passage).</p>
      ) : null}
      <ul className="space-y-1">
        {archives.data?.attached.map((archive) => (
          <li key={archive.id} className="flex items-center gap-2">
            <span className="font-mono">{archive.name}</span>
            <span className="ml-auto">
              <ConfirmButton
                label="Detach"
                question={`Detach archive ${archive.name}?`}
                confirmLabel="Detach archive"
                onConfirm={() => detach.mutate(archive.id)}
              />
            </span>
          </li>
        ))}
      </ul>
      {archives.data && archives.data.available.length > 0 ? (
        <div className="flex items-end gap-2">
          <label className="grow">
            Other archive
            <select
              value={choice}
              onChange={(event) => setChoice(event.target.value)}
              className="w-full rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-950"
            >
              <option value="">Choose an archive</option>
              {archives.data.available.map((archive) => (
                <option key={archive.id} value={archive.id}>
                  {archive.name}
                </option>
              ))}
            </select>
          </label>
          <Button
            variant="secondary"
            size="sm"
            disabled={!choice || attach.isPending}
            onClick={() => attach.mutate(choice)}
          >
            Attach archive
          </Button>
        </div>
      ) : null}
    </section>
  );
}
