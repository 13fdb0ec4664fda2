import { useId } from "react";
import { KEEP_FROM_FILE, type OverrideChoice } from "@/lib/agent-files/override-choice";

interface HandleSelectProps {
  label: string;
  /** Handles the server offers. */
  options: string[];
  choice: OverrideChoice;
  value: string;
  onChange: (value: string) => void;
  fileHandles: string[];
  /** False when the file's own setting cannot be kept for another reason (an endpoint the server lacks). */
  canKeep?: boolean;
}

/** Picks the model (or embedding) for the imported agents: the file's own, or one the server offers. */
export function HandleSelect({
  label,
  options,
  choice,
  value,
  onChange,
  fileHandles,
  canKeep: keepAllowed = true,
}: HandleSelectProps) {
  const canKeep = keepAllowed && choice.missing.length === 0;
  const id = useId();
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor={id} className="w-24 font-medium">
          {label}
        </label>
        <select
          id={id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className="rounded border border-zinc-300 bg-white px-2 py-1 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900"
        >
          {canKeep ? <option value={KEEP_FROM_FILE}>From the file ({fileHandles.join(", ") || "none"})</option> : null}
          {options.map((handle) => (
            <option key={handle} value={handle}>
              {handle}
            </option>
          ))}
        </select>
      </div>
      {choice.missing.length > 0 ? (
        <p className="text-xs text-amber-700 dark:text-amber-400">
          This server does not offer {choice.missing.join(", ")}; the imported agents use the {label.toLowerCase()}{" "}
          chosen here.
        </p>
      ) : null}
    </div>
  );
}
