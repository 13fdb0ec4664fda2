"use client";

import { useQuery, type QueryKey, type UseQueryOptions } from "@tanstack/react-query";
import { useDeferredValue, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";

const fieldClass = "w-full rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-950";

/**
 * A folded form that finds something already on the server (a block, a tool) by search, leaves out what the agent
 * has, and attaches the one picked. The library is read only while the form is open.
 */
export function LibraryAttachForm<T extends { id: string }, Key extends QueryKey>({
  title,
  findLabel,
  placeholder,
  pickLabel,
  chooseText,
  noneText,
  library,
  attached,
  optionText,
  onAttach,
  attaching,
  attachError,
}: {
  /** The summary and the form's accessible name. */
  title: string;
  findLabel: string;
  placeholder: string;
  pickLabel: string;
  chooseText: string;
  noneText: string;
  library: (search: string) => UseQueryOptions<T[], Error, T[], Key>;
  attached: { id: string }[];
  optionText: (item: T) => string;
  /** Attaches `item`; `done` clears the choice once it is attached. */
  onAttach: (item: T, done: () => void) => void;
  attaching: boolean;
  attachError: Error | null;
}) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const [chosenId, setChosenId] = useState("");
  const deferredSearch = useDeferredValue(search.trim());
  const found = useQuery({ ...library(deferredSearch), enabled: open });
  const attachedIds = new Set(attached.map((item) => item.id));
  const candidates = (found.data ?? []).filter((item) => !attachedIds.has(item.id));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const item = candidates.find((candidate) => candidate.id === chosenId);
    if (item) onAttach(item, () => setChosenId(""));
  };

  return (
    <details
      onToggle={(event) => setOpen(event.currentTarget.open)}
      className="rounded-lg border border-dashed border-zinc-300 p-3 text-xs dark:border-zinc-700"
    >
      <summary className="cursor-pointer font-medium">{title}</summary>
      <form aria-label={title} onSubmit={submit} className="mt-2 space-y-2">
        {found.error ? <InlineError error={toErrorBody(found.error)} /> : null}
        <label className="block">
          {findLabel}
          <input
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder={placeholder}
            className={fieldClass}
          />
        </label>
        <label className="block">
          {pickLabel}
          <select value={chosenId} onChange={(event) => setChosenId(event.target.value)} className={fieldClass}>
            <option value="">{found.isFetching ? "Loading…" : candidates.length === 0 ? noneText : chooseText}</option>
            {candidates.map((item) => (
              <option key={item.id} value={item.id}>
                {optionText(item)}
              </option>
            ))}
          </select>
        </label>
        <InlineError error={attachError ? toErrorBody(attachError) : null} />
        <Button variant="primary" size="sm" type="submit" disabled={!chosenId || attaching}>
          Attach
        </Button>
      </form>
    </details>
  );
}
