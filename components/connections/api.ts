"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { fetchJson } from "@/lib/fetch-json";
import type { ConnectionFormValues } from "@/lib/connections/schema";
import type { ConnectionCheck, ConnectionList, PublicConnection } from "@/lib/connections/types";

export const connectionKeys = { list: ["connections"] as const };

export interface SaveResult {
  /** null when the check failed and nothing was saved. */
  connection: PublicConnection | null;
  check: ConnectionCheck | null;
}

const jsonInit = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(body),
});

export const connectionsApi = {
  list: () => fetchJson<ConnectionList>("/api/connections", { cache: "no-store" }),
  create: (connection: ConnectionFormValues, force: boolean) =>
    fetchJson<SaveResult>("/api/connections", jsonInit("POST", { connection, force })),
  update: (id: string, connection: ConnectionFormValues, force: boolean) =>
    fetchJson<SaveResult>(`/api/connections/${encodeURIComponent(id)}`, jsonInit("PATCH", { connection, force })),
  remove: (id: string) => fetchJson<undefined>(`/api/connections/${encodeURIComponent(id)}`, { method: "DELETE" }),
  check: (body: { connection?: ConnectionFormValues; id?: string }) =>
    fetchJson<ConnectionCheck>("/api/connections/check", jsonInit("POST", body)),
  activate: (id: string) => fetchJson<{ activeId: string }>("/api/connections/active", jsonInit("PUT", { id })),
};

/** After the active connection changed (or its settings did): everything shown may belong to another server. */
export function useRefreshAfterSwitch(): () => Promise<void> {
  const router = useRouter();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    router.refresh();
    await queryClient.invalidateQueries();
  }, [router, queryClient]);
}
