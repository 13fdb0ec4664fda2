"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

interface ApprovalCardProps {
  toolName: string | null;
  disabled: boolean;
  onAnswer: (approve: boolean, reason: string) => void;
}

/** Approve or deny the tool call the agent is waiting on; a denial can say why. */
export function ApprovalCard({ toolName, disabled, onAnswer }: ApprovalCardProps) {
  const [reason, setReason] = useState("");
  return (
    <section
      aria-label="Approval needed"
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950"
    >
      <p>
        The agent wants to run <span className="font-mono">{toolName ?? "a tool"}</span> and waits for your answer.
      </p>
      <label className="block text-xs">
        Reason (optional, sent to the agent)
        <input
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          className="mt-1 w-full rounded border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900"
        />
      </label>
      <div className="flex gap-2">
        <Button variant="primary" disabled={disabled} onClick={() => onAnswer(true, reason)}>
          Approve
        </Button>
        <Button variant="danger" disabled={disabled} onClick={() => onAnswer(false, reason)}>
          Deny
        </Button>
      </div>
    </section>
  );
}
