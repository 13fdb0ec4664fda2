"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useOptimistic, useTransition } from "react";
import { listQueryString, type AgentListQuery } from "@/lib/agents/list-view";

/**
 * Writes the list view into the URL, so the server page renders it and a link reproduces it. Controls show the
 * new view at once (optimistic) while the server renders it; quick successive changes build on each other.
 */
export function useListQueryNavigation(query: AgentListQuery) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [shown, setShown] = useOptimistic(query);
  const update = useCallback(
    (change: Partial<AgentListQuery>) => {
      const next = { ...shown, ...change };
      const qs = listQueryString(next);
      startTransition(() => {
        setShown(next);
        router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
      });
    },
    [pathname, router, shown, setShown],
  );
  return { query: shown, update, pending };
}
