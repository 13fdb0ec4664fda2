"use client";

import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useState, type FormEvent } from "react";
import type { MemoryBlock } from "@/lib/memory/types";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { libraryQuery } from "@/lib/memory/queries";
import { useAttachBlock } from "./use-block-attachment";

/** Attaches a block that already exists on the server (from the blocks library). */
export function AttachBlockForm({
  agentId,
  attached,
  onAttached,
}: {
  agentId: string;
  attached: MemoryBlock[];
  onAttached: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [blockId, setBlockId] = useState("");
  const [search, setSearch] = useState("");
  const deferredSearch = useDeferredValue(search.trim());
  const library = useQuery({ ...libraryQuery(deferredSearch), enabled: open, refetchInterval: false });
  const attachedIds = new Set(attached.map((block) => block.id));
  const candidates = (library.data ?? []).filter((block) => !attachedIds.has(block.id));
  const attach = useAttachBlock(agentId, () => {
    setBlockId("");
    onAttached();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const block = candidates.find((candidate) => candidate.id === blockId);
    if (block) attach.mutate(block);
  };

  return (
    <details
      onToggle={(event) => setOpen(event.currentTarget.open)}
      className="rounded-lg border border-dashed border-zinc-300 p-3 text-xs dark:border-zinc-700"
    >
      <summary className="cursor-pointer font-medium">Attach an existing block</summary>
      <form aria-label="Attach an existing block" onSubmit={submit} className="mt-2 space-y-2">
        {library.error ? <InlineError error={toErrorBody(library.error)} /> : null}
        <label className="block">
          Find a block
          <input
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder="Label or text in the value"
            className="w-full rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-950"
          />
        </label>
        <label className="block">
          Block
          <select
            value={blockId}
            onChange={(event) => setBlockId(event.target.value)}
            className="w-full rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-950"
          >
            <option value="">
              {library.isFetching
                ? "Loading…"
                : candidates.length === 0
                  ? "No other blocks on the server"
                  : "Choose a block"}
            </option>
            {candidates.map((block) => (
              <option key={block.id} value={block.id}>
                {block.label} — {block.value.slice(0, 40)} ({block.agents.length} agents)
              </option>
            ))}
          </select>
        </label>
        <InlineError error={attach.error ? toErrorBody(attach.error) : null} />
        <button
          type="submit"
          disabled={!blockId || attach.isPending}
          className="rounded bg-zinc-900 px-2 py-1 font-medium text-white disabled:opacity-40 dark:bg-zinc-100 dark:text-zinc-900"
        >
          Attach
        </button>
      </form>
    </details>
  );
}
