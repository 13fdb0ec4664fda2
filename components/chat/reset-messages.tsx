"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { chatApi } from "./chat-api";

/** Deletes the agent's messages after the user confirms; the server's refusal is shown inline. */
export function ResetMessages({
  agentId,
  disabled,
  onReset,
}: {
  agentId: string;
  disabled: boolean;
  onReset: () => Promise<void>;
}) {
  const [confirming, setConfirming] = useState(false);
  const reset = useMutation({
    mutationFn: () => chatApi.reset(agentId),
    onSuccess: async () => {
      setConfirming(false);
      await onReset();
    },
  });

  if (!confirming)
    return (
      <button
        type="button"
        disabled={disabled}
        onClick={() => setConfirming(true)}
        className="rounded-md border border-zinc-300 px-2 py-1 text-xs hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800"
      >
        Reset messages
      </button>
    );
  return (
    <div role="group" aria-label="Confirm reset" className="flex flex-wrap items-center gap-2 text-xs">
      <span>Delete all of this agent&apos;s messages? Its memory stays.</span>
      <button
        type="button"
        disabled={reset.isPending}
        onClick={() => reset.mutate()}
        className="rounded-md bg-red-600 px-2 py-1 font-medium text-white hover:bg-red-700 disabled:opacity-50"
      >
        {reset.isPending ? "Resetting…" : "Yes, reset messages"}
      </button>
      <button
        type="button"
        onClick={() => setConfirming(false)}
        className="rounded-md border border-zinc-300 px-2 py-1 dark:border-zinc-700"
      >
        Cancel
      </button>
      {reset.error ? (
        <span role="alert" className="text-red-700 dark:text-red-300">
          {reset.error.message}
        </span>
      ) : null}
    </div>
  );
}
