import { queryOptions } from "@tanstack/react-query";
import type { ServerStatus } from "@/lib/connections/types";
import { apiUrl, fetchJson } from "@/lib/fetch-json";
import { queryKeys } from "@/lib/query-keys";

/** The active connection's state, as the connection doctor explains it; polled faster while it is down. */
export function serverStatusQuery() {
  return queryOptions({
    queryKey: queryKeys.serverStatus(),
    queryFn: () => fetchJson<ServerStatus>(apiUrl(["server-status"]), { cache: "no-store" }),
    refetchInterval: (query) => (query.state.data?.state === "connected" ? 15_000 : 3_000),
    refetchIntervalInBackground: true,
  });
}
