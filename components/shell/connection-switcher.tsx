"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { connectionsApi, useRefreshAfterSwitch } from "@/components/connections/api";
import { connectionKeys } from "@/lib/query-keys";
import type { ConnectionList } from "@/lib/connections/types";

/** Switches this browser to another saved connection; the whole UI then reloads its data. */
export function ConnectionSwitcher({ initial }: { initial: ConnectionList }) {
  const refreshAfterSwitch = useRefreshAfterSwitch();
  const { data } = useQuery({ queryKey: connectionKeys.list(), queryFn: connectionsApi.list, initialData: initial });
  const activate = useMutation({ mutationFn: connectionsApi.activate, onSuccess: () => refreshAfterSwitch() });

  return (
    <div className="flex items-center gap-2 text-sm">
      <select
        aria-label="Connection"
        value={data.activeId}
        disabled={activate.isPending}
        onChange={(event) => activate.mutate(event.target.value)}
        className="max-w-48 rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900"
      >
        {data.connections.map((connection) => (
          <option key={connection.id} value={connection.id}>
            {connection.name}
          </option>
        ))}
      </select>
      {activate.error ? (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          {activate.error.message}
        </span>
      ) : null}
    </div>
  );
}
