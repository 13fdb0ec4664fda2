import { notFound, redirect } from "next/navigation";
import { ErrorPanel } from "@/components/error-panel";
import { AppError } from "@/lib/errors";
import { runHref } from "@/lib/inspector/format";
import { idParam } from "@/lib/page-params";
import { getRunSummary } from "@/lib/letta/inspector";

export const dynamic = "force-dynamic";

/** A run's short link (the chat knows a turn's run, not always its agent): opens it under its agent. */
export default async function RunRedirect(props: PageProps<"/runs/[runId]">) {
  const runId = idParam((await props.params).runId);
  let agentId: string;
  try {
    agentId = (await getRunSummary(runId)).agentId;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    if (error instanceof AppError) return <ErrorPanel title="Could not load the run" error={error.toJSON()} />;
    throw error;
  }
  redirect(runHref(agentId, runId));
}
