import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ErrorPanel } from "@/components/error-panel";
import { RunInspector } from "@/components/inspector/run-inspector";
import { AppError } from "@/lib/errors";
import type { RunDetail } from "@/lib/inspector/types";
import { getRunDetail } from "@/lib/letta/inspector";
import { idParam } from "@/lib/page-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: PageProps<"/agents/[agentId]/runs/[runId]">): Promise<Metadata> {
  const { runId } = await props.params;
  return { title: `Run ${runId}` };
}

export default async function RunPage(props: PageProps<"/agents/[agentId]/runs/[runId]">) {
  const params = await props.params;
  const agentId = idParam(params.agentId);
  const runId = idParam(params.runId);
  let detail: RunDetail;
  try {
    detail = await getRunDetail(runId);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    if (error instanceof AppError) return <ErrorPanel title="Could not load the run" error={error.toJSON()} />;
    throw error;
  }
  if (detail.run.agentId !== agentId) notFound();
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold">Run inspector</h1>
        <p className="font-mono text-xs text-zinc-500">{runId}</p>
      </div>
      <RunInspector initial={detail} />
    </div>
  );
}
