"use client";

import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";

/**
 * The end of an evals form: errors the fields above do not show (as "path: message"), how many fields need attention,
 * and the save and cancel buttons.
 */
export function FormFooter({
  what,
  errors,
  placed,
  fieldPrefix,
  pending,
  onCancel,
}: {
  /** "case", "grader": in "the case was not saved" and "Save case". */
  what: string;
  errors: Record<string, string>;
  /** Whether a field above shows this path's error. */
  placed: (path: string) => boolean;
  fieldPrefix: string;
  pending: boolean;
  onCancel: () => void;
}) {
  const count = Object.keys(errors).length;
  return (
    <>
      {Object.entries(errors)
        .filter(([path]) => !placed(path))
        .map(([path, message]) => (
          <FieldError key={path} field={`${fieldPrefix}-${path}`} error={`${path}: ${message}`} />
        ))}
      {count > 0 ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {count === 1 ? "One field needs attention" : `${count} fields need attention`}: the {what} was not saved.
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Saving…" : `Save ${what}`}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </>
  );
}
