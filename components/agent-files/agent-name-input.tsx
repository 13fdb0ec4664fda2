"use client";

import { useId } from "react";

interface AgentNameInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem: string | null;
}

/** A name field that says, as the user types, why Letta would refuse the name. */
export function AgentNameInput({ label, value, onChange, problem }: AgentNameInputProps) {
  const id = useId();
  const problemId = `${id}-problem`;
  return (
    <div className="space-y-1 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={id} className="min-w-24 font-medium">
          {label}
        </label>
        <input
          id={id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          maxLength={200}
          aria-invalid={problem !== null}
          aria-describedby={problem ? problemId : undefined}
          className="min-w-64 rounded border border-zinc-300 bg-white px-2 py-1 aria-invalid:border-red-500 dark:border-zinc-700 dark:bg-zinc-900"
        />
      </div>
      {problem ? (
        <p id={problemId} className="text-xs text-red-700 dark:text-red-400">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
