"use client";

import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { splitCommaList } from "@/lib/comma-list";
import { passageSearchQuery } from "@/lib/memory/queries";
import { Button } from "@/components/ui/button";

const fieldClass =
  "w-full rounded border border-zinc-300 bg-white px-2 py-1 text-xs dark:border-zinc-700 dark:bg-zinc-950";

export function PassageSearch({ agentId }: { agentId: string }) {
  const [query, setQuery] = useState("");
  const [tags, setTags] = useState("");
  const [submitted, setSubmitted] = useState<{ query: string; tags: string[] }>({ query: "", tags: [] });
  const results = useQuery(passageSearchQuery(agentId, submitted.query, submitted.tags));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted({ query: query.trim(), tags: splitCommaList(tags) });
  };

  return (
    <section aria-label="Search archival memory" className="space-y-2">
      <form role="search" aria-label="Search passages" onSubmit={submit} className="space-y-2">
        <label className="block">
          Search query
          <input value={query} onChange={(event) => setQuery(event.target.value)} className={fieldClass} />
        </label>
        <label className="block">
          Only with tags (comma-separated)
          <input value={tags} onChange={(event) => setTags(event.target.value)} className={fieldClass} />
        </label>
        <Button variant="secondary" size="sm" type="submit" disabled={query.trim().length === 0}>
          Search
        </Button>
      </form>
      {results.error ? <InlineError error={toErrorBody(results.error)} /> : null}
      {results.isFetching ? <p className="text-zinc-500">Searching…</p> : null}
      {results.data ? (
        <div>
          <p className="text-zinc-500">
            {results.data.length} results, most relevant first, with the server&apos;s relevance score.
          </p>
          <ol aria-label="Search results" className="mt-1 space-y-1">
            {results.data.map((hit) => (
              <li key={hit.id} className="rounded border border-zinc-200 p-2 dark:border-zinc-800">
                <span className="mr-1 font-mono text-zinc-500">#{hit.rank}</span>
                <span className="mr-1 font-mono text-zinc-500" aria-label={`Score ${hit.score.toFixed(3)}`}>
                  {hit.score.toFixed(3)}
                </span>
                <span className="whitespace-pre-wrap break-words">{hit.text}</span>
                {hit.tags.length > 0 ? <span className="ml-1 text-zinc-500">[{hit.tags.join(", ")}]</span> : null}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}
