"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { LIBRARY_STEP, libraryQuery } from "@/lib/memory/queries";
import { useDraftsHydrated } from "@/components/memory/use-drafts-hydrated";
import { unwrap } from "@/lib/actions/result";
import { deleteBlockAction } from "@/lib/memory/actions";
import { memoryKeys, queryKeys } from "@/lib/query-keys";
import type { MemoryBlock } from "@/lib/memory/types";
import { BlockEditor } from "./block-editor";
import { Button } from "@/components/ui/button";

export function BlocksLibrary({ initialBlocks }: { initialBlocks: MemoryBlock[] }) {
  const queryClient = useQueryClient();
  const hydrated = useDraftsHydrated();
  const [input, setInput] = useState("");
  const [search, setSearch] = useState("");
  const [count, setCount] = useState(LIBRARY_STEP);
  const blocks = useQuery({
    ...libraryQuery(search, count),
    initialData: search === "" && count === LIBRARY_STEP ? initialBlocks : undefined,
    placeholderData: (previous) => previous,
  });

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: memoryKeys.allBlocks() });
    void queryClient.invalidateQueries({ queryKey: queryKeys.agentDetails() });
  };
  const fetchLatest = async (blockId: string) => {
    const latest = await queryClient.fetchQuery({ ...libraryQuery(search, count), staleTime: 0 });
    return latest.find((block) => block.id === blockId);
  };
  const remove = useMutation({
    mutationFn: async (blockId: string) => unwrap(deleteBlockAction({ blockId })),
    onSuccess: refresh,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(input.trim());
    setCount(LIBRARY_STEP);
  };

  return (
    <div className="space-y-4">
      <form
        role="search"
        aria-label="Search blocks"
        onSubmit={submit}
        className="flex max-w-xl items-end gap-2 text-sm"
      >
        <label className="grow">
          <span className="text-xs text-zinc-600 dark:text-zinc-400">Search labels and values</span>
          <input
            type="search"
            value={input}
            onChange={(event) => setInput(event.target.value)}
            className="w-full rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-950"
          />
        </label>
        <Button variant="primary" type="submit">
          Search
        </Button>
      </form>
      {blocks.error ? <InlineError error={toErrorBody(blocks.error)} /> : null}
      <InlineError error={remove.error ? toErrorBody(remove.error) : null} />
      {blocks.isPending ? <p className="text-sm text-zinc-500">Loading blocks…</p> : null}
      {blocks.data ? (
        <p className="text-xs text-zinc-500">
          {blocks.data.length} {blocks.data.length === 1 ? "block" : "blocks"}
          {search ? ` matching "${search}"` : ", the most recently created first"}
        </p>
      ) : null}
      <div className="grid gap-3 md:grid-cols-2">
        {hydrated
          ? blocks.data?.map((block) => (
              <BlockEditor
                key={block.id}
                block={block}
                fetchLatest={() => fetchLatest(block.id)}
                onSaved={refresh}
                actions={
                  block.agents.length === 0 ? (
                    <ConfirmButton
                      label="Delete"
                      question={`Delete block ${block.label} for good?`}
                      confirmLabel="Delete block"
                      disabled={remove.isPending}
                      onConfirm={() => remove.mutate(block.id)}
                    />
                  ) : null
                }
              />
            ))
          : null}
      </div>
      {blocks.data && blocks.data.length >= count ? (
        <Button
          variant="secondary"
          disabled={blocks.isFetching}
          onClick={() => setCount((current) => current + LIBRARY_STEP)}
        >
          {blocks.isFetching && blocks.isPlaceholderData ? "Loading more blocks…" : "Show more blocks"}
        </Button>
      ) : null}
    </div>
  );
}
