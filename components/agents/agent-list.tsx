"use client";

import type { ReactNode } from "react";
import { useInfiniteQuery, useQueries } from "@tanstack/react-query";
import Link from "next/link";
import { agentTemplates } from "@/lib/agents/templates";
import { ErrorPanel } from "@/components/error-panel";
import { isFiltered, listQueryString, type AgentListQuery } from "@/lib/agents/list-query";
import { toErrorBody } from "@/lib/errors";
import { apiUrl, fetchJson } from "@/lib/fetch-json";
import { queryKeys } from "@/lib/query-keys";
import type { AgentCounts, AgentPage } from "@/lib/agents/types";
import { AgentListToolbar } from "./agent-list-toolbar";
import { AgentTable } from "./agent-table";
import { useListQueryNavigation } from "./use-list-query";
import { Button } from "@/components/ui/button";

interface AgentListProps {
  query: AgentListQuery;
  firstPage: AgentPage;
  tagsInUse: string[];
  serverHasAgents: boolean;
  /** The import control, rendered by the server page. */
  importer?: ReactNode;
}

export function AgentList({ query, firstPage, tagsInUse, serverHasAgents, importer }: AgentListProps) {
  const navigation = useListQueryNavigation(query);
  const list = useInfiniteQuery({
    queryKey: queryKeys.agentListPage(listQueryString({ ...query, byName: undefined })),
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams(listQueryString({ ...query, byName: undefined }));
      if (pageParam) params.set("after", pageParam);
      return fetchJson<AgentPage>(`${apiUrl(["agents"])}?${params}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    initialData: { pages: [firstPage], pageParams: [null] },
  });

  const viewParams = listQueryString({ ...query, byName: undefined });
  const counts = useQueries({
    queries: list.data.pageParams.map((after) => ({
      queryKey: queryKeys.agentCounts(viewParams, typeof after === "string" ? after : null),
      queryFn: () => {
        const params = new URLSearchParams(viewParams);
        if (typeof after === "string") params.set("after", after);
        return fetchJson<AgentCounts>(`${apiUrl(["agents", "counts"])}?${params}`);
      },
    })),
    combine: (results) => Object.assign({}, ...results.map((result) => result.data ?? {})) as AgentCounts,
  });
  const loaded = list.data.pages
    .flatMap((page) => page.agents)
    .map((agent) => ({
      ...agent,
      blockCount: counts[agent.id]?.blocks ?? agent.blockCount,
      toolCount: counts[agent.id]?.tools ?? agent.toolCount,
    }));
  const agents = query.byName
    ? [...loaded].sort(
        (a, b) => (query.byName === "asc" ? 1 : -1) * a.name.localeCompare(b.name, "en", { sensitivity: "base" }),
      )
    : loaded;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">Agents</h1>
        <Link
          href="/agents/new"
          className="rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700"
        >
          Create agent
        </Link>
      </div>
      {importer}
      {serverHasAgents ? (
        <AgentListToolbar query={navigation.query} tagsInUse={tagsInUse} onChange={navigation.update} />
      ) : null}
      <div aria-busy={navigation.pending} className={navigation.pending ? "opacity-60 transition-opacity" : undefined}>
        {agents.length > 0 ? (
          <AgentTable agents={agents} />
        ) : !serverHasAgents ? (
          <FirstAgentPrompt />
        ) : (
          <NoMatch
            filtered={isFiltered(query)}
            onClear={() => navigation.update({ q: undefined, tag: [], all: undefined })}
          />
        )}
      </div>
      {list.error ? <ErrorPanel title="Could not load more agents" error={toErrorBody(list.error)} /> : null}
      {list.hasNextPage ? (
        <div className="flex items-center gap-3">
          <Button variant="secondary" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {list.isFetchingNextPage ? "Loading…" : "Load more agents"}
          </Button>
          <span className="text-sm text-zinc-500">{loaded.length} shown</span>
        </div>
      ) : loaded.length > 0 ? (
        <p className="text-sm text-zinc-500">All {loaded.length} shown.</p>
      ) : null}
    </div>
  );
}

/**
 * A server with no agents: the templates to start from and a blank agent; importing an agent file is the
 * "Import agent file" button above (it stays where it is, so an import's result survives the list refreshing).
 */
function FirstAgentPrompt() {
  return (
    <section
      aria-label="Create your first agent"
      className="space-y-4 rounded-lg border border-dashed border-zinc-300 p-6 dark:border-zinc-700"
    >
      <div className="text-center">
        <p className="font-medium">No agents on this server yet.</p>
        <p className="mt-1 text-sm text-zinc-500">
          An agent is a model with memory and tools. Start from a template, from scratch, or import an agent file (.af)
          exported from another Letta server.
        </p>
      </div>
      <ul aria-label="Templates" className="grid gap-2 sm:grid-cols-2">
        {agentTemplates.map((template) => (
          <li key={template.id}>
            <Link
              href={`/agents/new?template=${encodeURIComponent(template.id)}`}
              className="block h-full rounded-lg border border-zinc-200 bg-white p-3 text-sm hover:border-blue-500 dark:border-zinc-800 dark:bg-zinc-900"
            >
              <span className="font-medium">{template.title}</span>
              <span className="mt-0.5 block text-xs text-zinc-600 dark:text-zinc-400">{template.summary}</span>
            </Link>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-start justify-center gap-3">
        <Link
          href="/agents/new"
          className="rounded-md bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700"
        >
          Create your first agent
        </Link>
      </div>
      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        Have an agent file from another Letta server? Use <strong>Import agent file</strong> at the top of this page.
      </p>
    </section>
  );
}

function NoMatch({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  return (
    <div className="rounded-lg border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
      <p className="font-medium">No agents match this search.</p>
      <p className="mt-1 text-sm text-zinc-500">Try another name or fewer tags.</p>
      {filtered ? (
        <Button variant="secondary" onClick={onClear} className="mt-4">
          Clear search and filters
        </Button>
      ) : null}
    </div>
  );
}
