"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { unwrap } from "@/lib/actions/result";
import {
  activateConnectionAction,
  checkConnectionAction,
  createConnectionAction,
  removeConnectionAction,
  updateConnectionAction,
} from "@/lib/connections/actions";
import type { ConnectionFormValues } from "@/lib/connections/schema";
import type { ConnectionCheck, ConnectionList, SaveResult } from "@/lib/connections/types";
import { apiUrl, fetchJson } from "@/lib/fetch-json";

/** The connections page's calls: the list (a route handler it refetches) and the connection actions. */
export const connectionsApi = {
  list: () => fetchJson<ConnectionList>(apiUrl(["connections"]), { cache: "no-store" }),
  create: async (connection: ConnectionFormValues, force: boolean): Promise<SaveResult> =>
    unwrap(createConnectionAction({ connection, force })),
  update: async (id: string, connection: ConnectionFormValues, force: boolean): Promise<SaveResult> =>
    unwrap(updateConnectionAction({ id, connection, force })),
  remove: async (id: string) => unwrap(removeConnectionAction({ id })),
  check: async (body: { connection?: ConnectionFormValues; id?: string }): Promise<ConnectionCheck> =>
    unwrap(checkConnectionAction(body)),
  activate: async (id: string) => unwrap(activateConnectionAction({ id })),
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
