"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { ErrorPanel } from "@/components/error-panel";
import { AppError, type AppErrorBody } from "@/lib/errors";
import { fetchJson } from "@/lib/fetch-json";
import { formatDateTime } from "@/lib/format";
import type { AgentPage } from "@/lib/letta/agents";

export function AgentTable({ firstPage }: { firstPage: AgentPage }) {
  const query = useInfiniteQuery({
    queryKey: ["agents", "list"],
    queryFn: ({ pageParam }) =>
      fetchJson<AgentPage>(`/api/agents${pageParam ? `?after=${encodeURIComponent(pageParam)}` : ""}`),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    initialData: { pages: [firstPage], pageParams: [null] },
  });

  const agents = query.data.pages.flatMap((page) => page.agents);

  if (agents.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
        <p className="font-medium">No agents on this server yet.</p>
        <p className="mt-1 text-sm text-zinc-500">Agents you create through the ADE or the Letta API show up here.</p>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <table className="w-full overflow-hidden rounded-lg border border-zinc-200 bg-white text-sm dark:border-zinc-800 dark:bg-zinc-900">
        <caption className="sr-only">Agents</caption>
        <thead className="bg-zinc-100 text-left text-xs uppercase tracking-wide text-zinc-500 dark:bg-zinc-800">
          <tr>
            <th scope="col" className="px-4 py-2">Name</th>
            <th scope="col" className="px-4 py-2">Model</th>
            <th scope="col" className="px-4 py-2">Created</th>
          </tr>
        </thead>
        <tbody>
          {agents.map((agent) => (
            <tr key={agent.id} className="border-t border-zinc-200 dark:border-zinc-800">
              <td className="px-4 py-2">
                <Link href={`/agents/${agent.id}`} className="font-medium text-blue-700 hover:underline dark:text-blue-400">
                  {agent.name}
                </Link>
              </td>
              <td className="px-4 py-2 font-mono text-xs">{agent.model ?? "—"}</td>
              <td className="px-4 py-2 text-zinc-600 dark:text-zinc-400">{formatDateTime(agent.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {query.error ? <ErrorPanel title="Could not load more agents" error={toErrorBody(query.error)} /> : null}
      {query.hasNextPage ? (
        <button
          type="button"
          onClick={() => void query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
          className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          {query.isFetchingNextPage ? "Loading…" : "Load more agents"}
        </button>
      ) : null}
    </div>
  );
}

function toErrorBody(error: Error): AppErrorBody {
  return error instanceof AppError ? error.toJSON() : { code: "server_error", message: error.message, hint: "Try again." };
}
