"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { unwrap } from "@/lib/actions/result";
import { deletePassageAction, insertPassageAction } from "@/lib/memory/actions";
import { memoryKeys } from "@/lib/query-keys";
import { ArchivesList } from "./archives-list";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { PassageSearch } from "./passage-search";
import { splitCommaList } from "@/lib/comma-list";
import { passagePageQuery } from "@/lib/memory/queries";
import { Button } from "@/components/ui/button";

const fieldClass =
  "w-full rounded border border-zinc-300 bg-white px-2 py-1 text-xs dark:border-zinc-700 dark:bg-zinc-950";

export function ArchivalMemory({ agentId }: { agentId: string }) {
  const queryClient = useQueryClient();
  /** Cursors of the pages before the current one, so "Newer" can go back. */
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const before = cursors.at(-1) ?? null;
  const page = useQuery(passagePageQuery(agentId, before));
  const [text, setText] = useState("");
  const [tags, setTags] = useState("");

  // Passages change the archive list (the first insert creates one) and the context's counts too.
  const refresh = () => void queryClient.invalidateQueries({ queryKey: memoryKeys.agent(agentId) });
  const insert = useMutation({
    mutationFn: async () => unwrap(insertPassageAction({ agentId, text, tags: splitCommaList(tags) })),
    onSuccess: () => {
      setText("");
      setTags("");
      setCursors([null]);
      refresh();
    },
  });
  const remove = useMutation({
    mutationFn: async (passageId: string) => unwrap(deletePassageAction({ agentId, passageId })),
    onSuccess: refresh,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    insert.mutate();
  };

  return (
    <div className="space-y-4 text-xs">
      <form aria-label="Insert passage" onSubmit={submit} className="space-y-2">
        <label className="block">
          New passage
          <textarea rows={3} value={text} onChange={(event) => setText(event.target.value)} className={fieldClass} />
        </label>
        <label className="block">
          Tags (comma-separated)
          <input value={tags} onChange={(event) => setTags(event.target.value)} className={fieldClass} />
        </label>
        <InlineError error={insert.error ? toErrorBody(insert.error) : null} />
        <Button variant="primary" size="sm" type="submit" disabled={insert.isPending}>
          Insert passage
        </Button>
      </form>

      <PassageSearch agentId={agentId} />

      <section aria-label="Passages" className="space-y-2">
        <h3 className="font-semibold">Passages, newest first</h3>
        {page.error ? <InlineError error={toErrorBody(page.error)} /> : null}
        <InlineError error={remove.error ? toErrorBody(remove.error) : null} />
        {page.isPending ? <p className="text-zinc-500">Loading passages…</p> : null}
        {page.data && page.data.passages.length === 0 ? (
          <p className="text-zinc-500">No passages{before ? " on this page" : " yet"}.</p>
        ) : null}
        <ul className="space-y-2">
          {page.data?.passages.map((passage) => (
            <li
              key={passage.id}
              aria-label={`Passage ${passage.text.slice(0, 60)}`}
              className="space-y-1 rounded border border-zinc-200 p-2 dark:border-zinc-800"
            >
              <p className="whitespace-pre-wrap break-words">{passage.text}</p>
              <p className="flex flex-wrap items-center gap-1 text-zinc-500">
                {passage.tags.map((tag) => (
                  <span key={tag} className="rounded bg-zinc-100 px-1 dark:bg-zinc-800">
                    {tag}
                  </span>
                ))}
                {passage.createdAt ? (
                  <time dateTime={passage.createdAt}>{new Date(passage.createdAt).toLocaleString()}</time>
                ) : null}
                <span className="ml-auto">
                  <ConfirmButton
                    label="Delete"
                    question="Delete this passage?"
                    confirmLabel="Delete passage"
                    disabled={remove.isPending}
                    onConfirm={() => remove.mutate(passage.id)}
                  />
                </span>
              </p>
            </li>
          ))}
        </ul>
        <div className="flex gap-2">
          <Button
            variant="secondary"
            size="sm"
            disabled={cursors.length <= 1}
            onClick={() => setCursors((list) => list.slice(0, -1))}
          >
            Newer passages
          </Button>
          <Button
            variant="secondary"
            size="sm"
            disabled={!page.data?.nextBefore}
            onClick={() => {
              const next = page.data?.nextBefore;
              if (next) setCursors((list) => [...list, next]);
            }}
          >
            Older passages
          </Button>
        </div>
      </section>

      <ArchivesList agentId={agentId} />
    </div>
  );
}
