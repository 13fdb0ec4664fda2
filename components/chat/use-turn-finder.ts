"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useSyncExternalStore } from "react";
import type { ChatRow } from "@/lib/chat/rows";
import { turnFromHash, turnHref, turnRows } from "@/lib/chat/turn-anchor";
import { runSummaryQuery } from "@/lib/inspector/queries";

function subscribeToHash(onChange: () => void) {
  window.addEventListener("hashchange", onChange);
  window.addEventListener("popstate", onChange);
  return () => {
    window.removeEventListener("hashchange", onChange);
    window.removeEventListener("popstate", onChange);
  };
}

/** The run the page's address points at (`#turn-<run id>`), read on load and whenever the hash changes. */
function useTurnHash(): string | null {
  const hash = useSyncExternalStore(
    subscribeToHash,
    () => window.location.hash,
    () => "",
  );
  return turnFromHash(hash);
}

export type TurnSearch =
  | { state: "none" }
  | { state: "finding"; runId: string }
  | { state: "found"; runId: string; first: number; keys: Set<string> }
  | { state: "missing"; runId: string; reason: string };

interface HistoryPaging {
  loaded: boolean;
  hasOlder: boolean;
  loadingOlder: boolean;
  loadOlder: () => void;
}

/**
 * Finds the turn the address points at: opens the run's conversation when it is another one, then loads
 * older pages of the history until the run's messages are among the rows (or the history ends).
 */
export function useTurnFinder(
  agentId: string,
  conversationId: string | null,
  rows: readonly ChatRow[],
  history: HistoryPaging,
): TurnSearch {
  const router = useRouter();
  const runId = useTurnHash();
  const run = useQuery({ ...runSummaryQuery(runId ?? ""), enabled: runId !== null });
  const found = useMemo(() => (runId ? turnRows(rows, runId) : null), [rows, runId]);
  const elsewhere =
    run.data && run.data.agentId === agentId && run.data.conversationId !== conversationId ? run.data : null;

  useEffect(() => {
    if (elsewhere) router.replace(turnHref(agentId, elsewhere.id, elsewhere.conversationId), { scroll: false });
  }, [elsewhere, agentId, router]);

  const search: TurnSearch = (() => {
    if (!runId) return { state: "none" };
    if (found) return { state: "found", runId, ...found };
    if (run.error) return { state: "missing", runId, reason: `Run ${runId} could not be read: ${run.error.message}` };
    if (run.data && run.data.agentId !== agentId)
      return { state: "missing", runId, reason: `Run ${runId} belongs to another agent.` };
    if (!run.data || elsewhere || !history.loaded || history.hasOlder) return { state: "finding", runId };
    return { state: "missing", runId, reason: `Run ${runId} has no messages in this conversation.` };
  })();

  const pageOlder =
    search.state === "finding" && run.data !== undefined && !elsewhere && history.loaded && history.hasOlder;
  const { loadingOlder, loadOlder } = history;
  useEffect(() => {
    if (pageOlder && !loadingOlder) loadOlder();
  }, [pageOlder, loadingOlder, loadOlder]);

  return search;
}
