import type { Metadata } from "next";
import Link from "next/link";
import { ErrorPanel } from "@/components/error-panel";
import { RequestDiffView } from "@/components/inspector/request-diff-view";
import { AppError } from "@/lib/errors";
import { parseRequest } from "@/lib/inspector/request";
import { diffRequests } from "@/lib/inspector/request-diff";
import { idSchema } from "@/lib/ids";
import { getStepTrace } from "@/lib/letta/inspector";
import { idParam } from "@/lib/page-params";

export const metadata: Metadata = { title: "Compare two steps" };
export const dynamic = "force-dynamic";

/** `?a=<step id>&b=<step id>`: the diff of two steps' requests (of one run or of two). */
export default async function CompareStepsPage(props: PageProps<"/agents/[agentId]/runs/compare">) {
  const agentId = idParam((await props.params).agentId);
  const search = await props.searchParams;
  const a = idSchema.safeParse(search.a);
  const b = idSchema.safeParse(search.b);
  const back = (
    <Link
      className="text-sm text-blue-700 underline dark:text-blue-400"
      href={`/agents/${encodeURIComponent(agentId)}/runs`}
    >
      All runs of this agent
    </Link>
  );
  if (!a.success || !b.success)
    return (
      <div className="space-y-2">
        <h1 className="text-xl font-semibold">Compare two steps</h1>
        <p className="text-sm">
          Pick two steps in the run inspector (“Compare step N”) to see what changed between their requests.
        </p>
        {back}
      </div>
    );
  let traces;
  try {
    traces = await Promise.all([getStepTrace(a.data), getStepTrace(b.data)]);
  } catch (error) {
    if (error instanceof AppError) return <ErrorPanel title="Could not load the steps" error={error.toJSON()} />;
    throw error;
  }
  const [first, second] = traces;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold">Compare two steps</h1>
        <p className="font-mono text-xs text-zinc-500">
          {a.data} → {b.data}
        </p>
        {back}
      </div>
      {first.kind === "trace" && second.kind === "trace" ? (
        <RequestDiffView diff={diffRequests(parseRequest(first.request), parseRequest(second.request))} />
      ) : (
        <p role="note" className="text-sm">
          {[first, second].map((trace) => (trace.kind === "none" ? `${trace.stepId}: ${trace.reason}` : "")).join(" ")}
        </p>
      )}
    </div>
  );
}
