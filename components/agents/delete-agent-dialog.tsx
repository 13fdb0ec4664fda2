"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useDemoLock } from "@/components/access/access-context";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { ErrorPanel } from "@/components/error-panel";
import { toErrorBody } from "@/lib/errors";
import { unwrap } from "@/lib/actions/result";
import { deleteAgentAction } from "@/lib/agents/actions";
import { queryKeys } from "@/lib/query-keys";
import { Button } from "@/components/ui/button";

interface DeleteAgentProps {
  agentId: string;
  agentName: string;
  sleeptimeAgentName: string | null;
}

/** Delete with a confirmation in a native modal <dialog> (focus trap, Escape and inert background from the browser). */
export function DeleteAgentButton({ agentId, agentName, sleeptimeAgentName }: DeleteAgentProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const queryClient = useQueryClient();
  const demo = useDemoLock();
  const remove = useMutation({
    mutationFn: async () => unwrap(deleteAgentAction({ agentId })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: queryKeys.agents() });
      dialog.current?.close();
      router.push("/agents");
    },
  });

  return (
    <>
      <Button
        variant="danger"
        {...demo.props}
        onClick={() => {
          remove.reset();
          dialog.current?.showModal();
        }}
      >
        Delete agent
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="delete-agent-title"
        className="m-auto w-full max-w-md rounded-lg border border-zinc-200 bg-white p-5 text-zinc-900 backdrop:bg-black/40 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100"
      >
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
      </dialog>
    </>
  );
}
