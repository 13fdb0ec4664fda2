"use client";

import { useQuery } from "@tanstack/react-query";
import { describeStopReason } from "@/lib/chat/transcript";
import { describeUsage } from "@/lib/inspector/format";
import { AddToDataset } from "@/components/evals/add-to-dataset";
import { InspectRunLink } from "./inspect-run-link";
import { runSummaryQuery } from "@/lib/inspector/queries";

/**
 * The end of a turn loaded from history: its stop reason and usage as Letta kept them for the run (its steps),
 * worded like a streamed turn's, and a link to inspect it. The footers shown together are read together.
 */
export function HistoryRunFooter({ agentId, runId }: { agentId: string; runId: string }) {
  const { data, isError } = useQuery(runSummaryQuery(runId, agentId));
  return (
    <p role="note" aria-label="Turn summary" className="text-xs text-zinc-500">
      {data ? (
        <>
          {/* "Turn complete" stays the mark of a turn streamed in this page; other endings are named. */}
          {data.stopReason && data.stopReason !== "end_turn" ? `${describeStopReason(data.stopReason)} · ` : ""}
          {`${describeUsage(data.stepCount, data.usage)} · `}
        </>
      ) : isError ? (
        "Usage not available · "
      ) : (
        "Loading usage… · "
      )}
      <InspectRunLink runId={runId} />
      {" · "}
      <AddToDataset runId={runId} />
    </p>
  );
}
