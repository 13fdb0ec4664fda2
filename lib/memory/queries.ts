import { queryOptions } from "@tanstack/react-query";
import { apiUrl, fetchJson } from "@/lib/fetch-json";
import { memoryKeys } from "@/lib/query-keys";
import type { MemoryTimeline } from "@/lib/memory/changes";
import type { AgentArchives, ContextOverview, MemoryBlock, PassagePage, PassageSearchHit } from "@/lib/memory/types";

/** How often open memory views re-read the server (only while the page is visible). */
const MEMORY_REFETCH_MS = 5_000;

export const agentBlocksQuery = (agentId: string) =>
  queryOptions({
    queryKey: memoryKeys.blocks(agentId),
    queryFn: () => fetchJson<MemoryBlock[]>(apiUrl(["agents", agentId, "blocks"])),
    refetchInterval: MEMORY_REFETCH_MS,
    staleTime: 0,
  });

export const historyQuery = (agentId: string) =>
  queryOptions({
    queryKey: memoryKeys.history(agentId),
    queryFn: () => fetchJson<MemoryTimeline>(apiUrl(["agents", agentId, "blocks", "history"])),
    // Reads several agents' histories: refreshed less often than the blocks (and after every chat turn).
    refetchInterval: 3 * MEMORY_REFETCH_MS,
  });

/** The library's first page size; "Show more" asks for this many more each time. */
export const LIBRARY_STEP = 25;

export const libraryQuery = (search: string, count = LIBRARY_STEP) =>
  queryOptions({
    queryKey: memoryKeys.library(search, count),
    queryFn: () => fetchJson<MemoryBlock[]>(apiUrl(["blocks"], { search, count: String(count) })),
    refetchInterval: MEMORY_REFETCH_MS,
    staleTime: 0,
  });

export const passagePageQuery = (agentId: string, before: string | null) =>
  queryOptions({
    queryKey: memoryKeys.passagePage(agentId, before),
    queryFn: () => fetchJson<PassagePage>(apiUrl(["agents", agentId, "passages"], { before })),
  });

export const passageSearchQuery = (agentId: string, query: string, tags: readonly string[]) =>
  queryOptions({
    queryKey: memoryKeys.passageSearch(agentId, query, tags),
    queryFn: () =>
      fetchJson<PassageSearchHit[]>(apiUrl(["agents", agentId, "passages", "search"], { query, tag: tags })),
    enabled: query.trim().length > 0,
  });

export const archivesQuery = (agentId: string) =>
  queryOptions({
    queryKey: memoryKeys.archives(agentId),
    queryFn: () => fetchJson<AgentArchives>(apiUrl(["agents", agentId, "passages", "archives"])),
  });

export const contextQuery = (agentId: string) =>
  queryOptions({
    queryKey: memoryKeys.context(agentId),
    queryFn: () => fetchJson<ContextOverview>(apiUrl(["agents", agentId, "context"])),
  });
