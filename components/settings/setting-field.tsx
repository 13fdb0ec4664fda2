import type { ReactNode } from "react";
import { FieldError, inputId, invalidProps } from "@/components/agents/form-field";

/** Ids of the settings inputs (prefixed: the header's details form may be open on the same page). */
export const settingId = (field: string) => inputId(`settings.${field}`);

/** Props that tie a settings input to its error message. */
export function settingInvalidProps(field: string, error: string | undefined) {
  return invalidProps(`settings.${field}`, error);
}

function UnsavedMarker() {
  return (
    <span className="rounded bg-amber-100 px-1.5 py-0.5 text-[0.65rem] font-medium uppercase tracking-wide text-amber-900 dark:bg-amber-900/40 dark:text-amber-200">
      Unsaved
    </span>
  );
}

interface SettingFieldProps {
  label: string;
  field: string;
  dirty: boolean;
  error?: string;
  hint?: ReactNode;
  /** False for controls that label themselves (a checkbox inside its label, the code editor). */
  labelled?: boolean;
  children: ReactNode;
}

/** One setting: its label, an "Unsaved" marker while it differs from the server, the input, a hint and the error. */
export function SettingField({ label, field, dirty, error, hint, labelled = true, children }: SettingFieldProps) {
  return (
    <div role="group" aria-label={label} className="flex flex-col gap-1 text-sm">
      <div className="flex items-center gap-2">
        {labelled ? (
          <label htmlFor={settingId(field)} className="font-medium">
            {label}
          </label>
        ) : (
          <span className="font-medium">{label}</span>
        )}
        {dirty ? <UnsavedMarker /> : null}
      </div>
      {children}
      {hint ? <span className="text-xs text-zinc-500">{hint}</span> : null}
      <FieldError field={`settings.${field}`} error={error} />
    </div>
  );
}
