import type { Metadata } from "next";
import Link from "next/link";
import { ErrorPanel } from "@/components/error-panel";
import { RunsChartLazy } from "@/components/inspector/runs-chart-lazy";
import { RunsFilters } from "@/components/inspector/runs-filters";
import { RunsTable } from "@/components/inspector/runs-table";
import { AppError } from "@/lib/errors";
import { idParam } from "@/lib/page-params";
import { endOfDay, runListQuerySchema, type RunListQuery } from "@/lib/inspector/schema";
import type { RunListPage } from "@/lib/inspector/types";
import { listRuns } from "@/lib/letta/inspector";

export const metadata: Metadata = { title: "Runs" };
export const dynamic = "force-dynamic";

function pageHref(agentId: string, query: RunListQuery, after: string | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, after: after ?? undefined, limit: undefined }))
    if (value !== undefined && value !== "") params.set(key, String(value));
  return `/agents/${encodeURIComponent(agentId)}/runs?${params.toString()}`;
}

export default async function RunsPage(props: PageProps<"/agents/[agentId]/runs">) {
  const agentId = idParam((await props.params).agentId);
  const search = Object.fromEntries(
    Object.entries(await props.searchParams).flatMap(([key, value]) =>
      typeof value === "string" ? [[key, value]] : [],
    ),
  );
  const parsed = runListQuerySchema.safeParse(search);
  const query: RunListQuery = parsed.success ? parsed.data : runListQuerySchema.parse({});
  let page: RunListPage;
  try {
    page = await listRuns(agentId, { ...query, ...(query.to ? { to: endOfDay(query.to) } : {}) });
  } catch (error) {
    if (error instanceof AppError) return <ErrorPanel title="Could not load the runs" error={error.toJSON()} />;
    throw error;
  }
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold">Runs</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Every turn of the agent is a run: newest first, with its status, stop reason, duration, tokens and the
          feedback given on its steps.{" "}
          <Link className="text-blue-700 underline dark:text-blue-400" href={`/agents/${agentId}`}>
            Back to the agent
          </Link>
        </p>
      </div>
      {!parsed.success ? (
        <p role="alert" className="text-sm text-red-700">
          Some filters in the address are not valid and were ignored.
        </p>
      ) : null}
      <RunsFilters agentId={agentId} query={query} />
      <RunsChartLazy runs={page.runs} />
      <RunsTable runs={page.runs} />
      <nav aria-label="Pages of runs" className="flex gap-3 text-sm">
        {query.after ? (
          <Link className="text-blue-700 underline dark:text-blue-400" href={pageHref(agentId, query, null)}>
            Newest runs
          </Link>
        ) : null}
        {page.next ? (
          <Link className="text-blue-700 underline dark:text-blue-400" href={pageHref(agentId, query, page.next)}>
            Older runs
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
