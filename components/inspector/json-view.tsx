"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { CopyButton } from "@/components/ui/copy-button";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function toJson(value: unknown): Json {
  return JSON.parse(JSON.stringify(value ?? null)) as Json;
}

/** True when the key path or a scalar below this node contains the query. */
function matches(value: Json, query: string, key: string): boolean {
  if (!query) return true;
  if (key.toLowerCase().includes(query)) return true;
  if (value === null || typeof value !== "object") return String(value).toLowerCase().includes(query);
  return Object.entries(value).some(([child, inner]) => matches(inner, query, child));
}

function Scalar({ value }: { value: Json }) {
  if (typeof value === "string")
    return (
      <span className="whitespace-pre-wrap break-words text-emerald-800 dark:text-emerald-300">
        {JSON.stringify(value)}
      </span>
    );
  return <span className="text-blue-800 dark:text-blue-300">{String(value)}</span>;
}

function Node({ name, value, query, depth }: { name: string; value: Json; query: string; depth: number }) {
  if (value === null || typeof value !== "object")
    return (
      <div className="pl-4">
        <span className="text-zinc-500">{name}: </span>
        <Scalar value={value} />
      </div>
    );
  const entries = Object.entries(value).filter(([key, inner]) => !query || matches(inner, query, key));
  const size = Array.isArray(value) ? `[${value.length}]` : `{${Object.keys(value).length}}`;
  return (
    <details open={depth < 2 || query.length > 0} className="pl-4">
      <summary className="cursor-pointer text-zinc-700 dark:text-zinc-300">
        {name} <span className="text-zinc-400">{size}</span>
      </summary>
      {entries.map(([key, inner]) => (
        <Node key={key} name={key} value={inner} query={query} depth={depth + 1} />
      ))}
    </details>
  );
}

/** Raw JSON as a tree: collapse any part, search keys and values (matching branches open), copy it all. */
export function JsonView({ value, label }: { value: unknown; label: string }) {
  const json = useMemo(() => toJson(value), [value]);
  const text = useMemo(() => JSON.stringify(json, null, 2), [json]);
  const [search, setSearch] = useState("");
  const query = useDeferredValue(search.trim().toLowerCase());
  return (
    <div role="region" aria-label={label} className="space-y-2">
      <div className="flex items-center gap-2">
        <input
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          aria-label={`Search ${label}`}
          placeholder="Search keys and values"
          className="w-64 rounded border border-zinc-300 px-2 py-1 text-xs dark:border-zinc-700 dark:bg-zinc-900"
        />
        <CopyButton text={text} label={`Copy ${label}`} />
        <span className="text-xs text-zinc-500">{text.length.toLocaleString()} characters</span>
      </div>
      <div className="max-h-[70vh] overflow-auto rounded border border-zinc-200 bg-white p-2 font-mono text-xs dark:border-zinc-800 dark:bg-zinc-950">
        <Node name="root" value={json} query={query} depth={0} />
      </div>
    </div>
  );
}
