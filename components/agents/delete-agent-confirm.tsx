"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ErrorPanel } from "@/components/error-panel";
import { Button } from "@/components/ui/button";
import { unwrap } from "@/lib/actions/result";
import { deleteAgentAction } from "@/lib/agents/actions";
import { toErrorBody } from "@/lib/errors";
import { queryKeys } from "@/lib/query-keys";

export interface DeleteAgentProps {
  agentId: string;
  agentName: string;
  sleeptimeAgentName: string | null;
}

/** The delete dialog's content: what the server deletes and keeps, the refusal if any, and the two choices. */
export function DeleteAgentConfirm({
  agentId,
  agentName,
  sleeptimeAgentName,
  onDeleted,
}: DeleteAgentProps & { onDeleted: () => void }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: async () => unwrap(deleteAgentAction({ agentId })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: queryKeys.agents() });
      onDeleted();
      router.push("/agents");
    },
  });
  return (
    <>
      <h2 id="delete-agent-title" className="text-lg font-semibold">
        Delete {agentName}?
      </h2>
      <div className="mt-2 space-y-2 text-sm">
        <p>This cannot be undone. The server deletes:</p>
        <ul className="list-disc pl-5">
          <li>
            the agent <strong>{agentName}</strong> with its messages, conversations, runs and tags
          </li>
          {sleeptimeAgentName !== null ? (
            <li>
              its sleep-time agent <strong>{sleeptimeAgentName || "(unnamed)"}</strong> and the group that ties them
              together
            </li>
          ) : null}
        </ul>
        <p className="text-zinc-600 dark:text-zinc-400">
          Its memory blocks and archival memory stay on the server (blocks can be shared with other agents).
        </p>
      </div>
      {remove.error ? (
        <div className="mt-3">
          <ErrorPanel title="The agent was not deleted" error={toErrorBody(remove.error)} />
        </div>
      ) : null}
      <form method="dialog" className="mt-4 flex justify-end gap-2">
        <Button variant="secondary" type="submit" autoFocus>
          Cancel
        </Button>
        <Button variant="danger" onClick={() => remove.mutate()} disabled={remove.isPending || remove.isSuccess}>
          {remove.isPending ? "Deleting…" : "Delete permanently"}
        </Button>
      </form>
    </>
  );
}
