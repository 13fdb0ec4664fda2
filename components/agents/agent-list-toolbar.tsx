"use client";

import { useEffect, useRef, useState } from "react";
import { agentSortFields, type AgentListQuery, type AgentSortField } from "@/lib/agents/list-query";
import { Button } from "@/components/ui/button";

interface ToolbarProps {
  query: AgentListQuery;
  tagsInUse: string[];
  onChange: (change: Partial<AgentListQuery>) => void;
}

const SEARCH_DEBOUNCE_MS = 300;
const labelClass = "text-xs text-zinc-500";
const control = "rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900";

export function AgentListToolbar({ query, tagsInUse, onChange }: ToolbarProps) {
  const [search, setSearch] = useState(query.q ?? "");
  const [urlSearch, setUrlSearch] = useState(query.q ?? "");
  const [sentSearch, setSentSearch] = useState(query.q ?? "");
  if ((query.q ?? "") !== urlSearch) {
    setUrlSearch(query.q ?? "");
    // The URL changed from elsewhere (a link, "Clear", back), not from typing here: show what it holds.
    if ((query.q ?? "") !== sentSearch) {
      setSearch(query.q ?? "");
      setSentSearch(query.q ?? "");
    }
  }
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const trimmed = search.trim();
    if (trimmed === (query.q ?? "")) return;
    const timer = setTimeout(() => {
      setSentSearch(trimmed);
      onChangeRef.current({ q: trimmed || undefined });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search, query.q]);

  const toggleTag = (tag: string) => {
    const tags = query.tag.includes(tag) ? query.tag.filter((t) => t !== tag) : [...query.tag, tag];
    onChange({ tag: tags, all: tags.length > 1 ? query.all : undefined });
  };
  const shownTags = [...new Set([...query.tag, ...tagsInUse])];

  return (
    <div className="space-y-3 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-56 flex-1 flex-col gap-1">
          <label htmlFor="agent-search" className={labelClass}>
            Search by name
          </label>
          <input
            id="agent-search"
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder="Part of an agent's name"
            className={control}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="agent-sort" className={labelClass}>
            Sort by
          </label>
          <select
            id="agent-sort"
            value={query.sort}
            onChange={(event) => onChange({ sort: event.target.value as AgentSortField })}
            className={control}
          >
            {agentSortFields.map((field) => (
              <option key={field.value} value={field.value}>
                {field.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="agent-order" className={labelClass}>
            Order
          </label>
          <select
            id="agent-order"
            value={query.order}
            onChange={(event) => onChange({ order: event.target.value === "asc" ? "asc" : "desc" })}
            className={control}
          >
            <option value="desc">Newest first</option>
            <option value="asc">Oldest first</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="agent-name-order" className={labelClass}>
            Name order (loaded rows only)
          </label>
          <select
            id="agent-name-order"
            value={query.byName ?? ""}
            onChange={(event) =>
              onChange({
                byName: event.target.value === "asc" || event.target.value === "desc" ? event.target.value : undefined,
              })
            }
            aria-describedby="name-sort-note"
            className={control}
          >
            <option value="">Off</option>
            <option value="asc">A → Z</option>
            <option value="desc">Z → A</option>
          </select>
        </div>
      </div>
      <p id="name-sort-note" className="text-xs text-zinc-500">
        The Letta server cannot sort agents by name, so name order applies to the rows loaded so far; loading more adds
        rows in the server&apos;s order above.
      </p>
      {shownTags.length > 0 ? (
        <fieldset className="flex flex-wrap items-center gap-2">
          <legend className="sr-only">Filter by tag</legend>
          <span aria-hidden className="text-xs text-zinc-500">
            Tags:
          </span>
          {shownTags.map((tag) => (
            <Button
              variant="secondary"
              size="sm"
              key={tag}
              aria-pressed={query.tag.includes(tag)}
              aria-label={`Tag ${tag}`}
              onClick={() => toggleTag(tag)}
            >
              {tag}
            </Button>
          ))}
          {query.tag.length > 1 ? (
            <label className="ml-2 flex items-center gap-1 text-xs">
              <input
                type="checkbox"
                checked={query.all === "1"}
                onChange={(event) => onChange({ all: event.target.checked ? "1" : undefined })}
              />
              Match all selected tags
            </label>
          ) : null}
        </fieldset>
      ) : null}
    </div>
  );
}
