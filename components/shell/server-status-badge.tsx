"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { ServerStatus } from "@/lib/connections/types";
import { serverStatusQuery } from "@/lib/connections/queries";
import { hasPrefix, queryKeys } from "@/lib/query-keys";

const labels: Record<ServerStatus["state"], string> = {
  connected: "Connected",
  unauthorized: "Unauthorized",
  unreachable: "Unreachable",
  unsupported: "Unsupported server",
  error: "Server error",
};

const dots: Record<ServerStatus["state"], string> = {
  connected: "bg-emerald-500",
  unauthorized: "bg-amber-500",
  unreachable: "bg-red-500",
  unsupported: "bg-amber-500",
  error: "bg-red-500",
};

/** The badge while the server's first check is under way (the header does not wait for it). */
export function ServerStatusPending() {
  return (
    <section aria-label="Letta server" className="flex min-w-0 items-center gap-2 text-sm">
      <span className="h-2.5 w-2.5 rounded-full bg-zinc-400" aria-hidden="true" />
      <span className="font-medium" role="status">
        Checking…
      </span>
    </section>
  );
}

export function ServerStatusBadge({ initialStatus }: { initialStatus: ServerStatus }) {
  const { data: status = initialStatus } = useQuery({ ...serverStatusQuery(), initialData: initialStatus });
  useRecoverOnReconnect(status.state === "connected");

  return (
    <section aria-label="Letta server" className="flex min-w-0 items-center gap-2 text-sm">
      <span className={`h-2.5 w-2.5 rounded-full ${dots[status.state]}`} aria-hidden="true" />
      <span className="font-medium" role="status">
        {labels[status.state]}
      </span>
      <span className="hidden font-mono text-xs text-zinc-500 min-[1680px]:inline" title="Letta server URL">
        {status.baseUrl}
      </span>
      {status.version ? (
        <span
          className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs dark:bg-zinc-800"
          aria-label="Server version"
        >
          Letta {status.version}
        </span>
      ) : null}
      {status.state === "connected" && status.outdated ? (
        <span className="text-xs text-amber-600">Needs {status.minimumVersion} or newer</span>
      ) : null}
      {status.state !== "connected" ? (
        <span className="min-w-0 max-w-xs truncate text-xs text-zinc-500" title={`${status.message} ${status.hint}`}>
          {status.found ?? status.hint}
        </span>
      ) : null}
    </section>
  );
}

/**
 * When the server answers again after an outage, reloads what failed meanwhile: the page's server-rendered
 * data (error panels included) and every client query. What the user typed lives in component state and stays.
 */
function useRecoverOnReconnect(connected: boolean) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const wasDown = useRef(!connected);
  useEffect(() => {
    if (!connected) {
      wasDown.current = true;
      return;
    }
    if (!wasDown.current) return;
    wasDown.current = false;
    router.refresh();
    void queryClient.invalidateQueries({ predicate: (query) => !hasPrefix(query.queryKey, queryKeys.serverStatus()) });
  }, [connected, router, queryClient]);
}
