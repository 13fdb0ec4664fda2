import type { ReactNode } from "react";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";

/** The inline "are you sure" of a deletion: what will be lost (children), the error if it failed, Delete and Cancel. */
export function DeletePanel({
  name,
  question,
  children,
  error,
  busy,
  deleteLabel = "Delete",
  onDelete,
  onCancel,
}: {
  /** What is deleted: the panel is named "Delete <name>?". */
  name: string;
  question: string;
  children: ReactNode;
  error: Error | null;
  busy: boolean;
  deleteLabel?: string;
  onDelete: () => void;
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
      <InlineError error={error ? toErrorBody(error) : null} />
      <div className="flex gap-2">
        <button
          type="button"
          disabled={busy}
          onClick={onDelete}
          className="rounded bg-red-600 px-3 py-1 font-medium text-white hover:bg-red-700 disabled:opacity-50"
        >
          {deleteLabel}
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="rounded border border-zinc-300 px-3 py-1 dark:border-zinc-700"
        >
          Cancel
        </button>
      </div>
    </section>
  );
}
