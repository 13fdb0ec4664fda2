"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { chatApi } from "./chat-api";
import { Button } from "@/components/ui/button";

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
      <Button variant="secondary" size="sm" disabled={disabled} onClick={() => setConfirming(true)}>
        Reset messages
      </Button>
    );
  return (
    <div role="group" aria-label="Confirm reset" className="flex flex-wrap items-center gap-2 text-xs">
      <span>Delete all of this agent&apos;s messages? Its memory stays.</span>
      <Button variant="danger" size="sm" disabled={reset.isPending} onClick={() => reset.mutate()}>
        {reset.isPending ? "Resetting…" : "Yes, reset messages"}
      </Button>
      <Button variant="secondary" size="sm" onClick={() => setConfirming(false)}>
        Cancel
      </Button>
      {reset.error ? (
        <span role="alert" className="text-red-700 dark:text-red-300">
          {reset.error.message}
        </span>
      ) : null}
    </div>
  );
}
