"use client";

import { useQuery, type QueryKey, type UseQueryOptions } from "@tanstack/react-query";
import { useDeferredValue, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";

const fieldClass = "w-full rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-950";

/**
 * Finds something already on the server (a block, a tool) by search, leaves out what the agent has, and attaches
 * the one picked. It sits in a `LazyDetails`, which says whether it is `open`: the library is read only then.
 */
export function LibraryAttachForm<T extends { id: string }, Key extends QueryKey>({
  open,
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
  open: boolean;
  /** The form's accessible name (the summary of its details). */
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
  );
}
