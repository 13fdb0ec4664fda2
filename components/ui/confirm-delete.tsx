import Link from "next/link";
import type { ReactNode } from "react";
import type { AppErrorBody } from "@/lib/errors";
import { Button } from "./button";
import { InlineError } from "./inline-error";

/**
 * A deletion asked about in place: what it does and whom it touches (`children`), the error if it failed,
 * then Delete and Cancel.
 */
export function ConfirmDelete({
  name,
  question,
  children,
  error,
  disabled = false,
  pending,
  onConfirm,
  onCancel,
}: {
  /** What is deleted: the dialog is named "Delete <name>?". */
  name: string;
  question: string;
  children?: ReactNode;
  error: AppErrorBody | null;
  disabled?: boolean;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <section
      role="alertdialog"
      aria-label={`Delete ${name}?`}
      className="space-y-2 rounded-lg border border-red-300 bg-red-50 p-3 text-sm dark:border-red-900 dark:bg-red-950"
    >
      <p className="font-medium">{question}</p>
      {children}
      <InlineError error={error} />
      <div className="flex gap-2">
        <Button variant="danger" disabled={disabled || pending} onClick={onConfirm}>
          {pending ? "Deleting…" : "Delete"}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}

/** The agents a deletion touches, each a link to its page. */
export function AffectedAgents({
  label,
  intro,
  agents,
}: {
  label: string;
  intro: ReactNode;
  agents: readonly { id: string; name: string }[];
}) {
  return (
    <div className="text-xs">
      <p>{intro}</p>
      <ul aria-label={label} className="mt-1 list-disc pl-5">
        {agents.map((agent) => (
          <li key={agent.id}>
            <Link href={`/agents/${agent.id}`} className="underline">
              {agent.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
