"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect } from "react";
import { AddToDataset } from "@/components/evals/add-to-dataset";
import type { RunDetail } from "@/lib/inspector/types";
import { turnHref } from "@/lib/chat/turn-anchor";
import { useCompareStore } from "./compare-store";
import { runDetailQuery } from "@/lib/inspector/queries";
import { RunHeader } from "./run-header";
import { StepCard } from "./step-card";
import { Button } from "@/components/ui/button";

/** The inspector of one run: its summary, then its steps in order, the first one's request open. */
export function RunInspector({ initial }: { initial: RunDetail }) {
  const { data } = useQuery({ ...runDetailQuery(initial.run.id), initialData: initial });
  const picked = useCompareStore((state) => state.picked);
  const clear = useCompareStore((state) => state.clear);
  useEffect(() => {
    void useCompareStore.persist.rehydrate();
  }, []);
  const { run, steps } = data;
  const [a, b] = picked;
  return (
    <div className="space-y-4">
      <nav aria-label="Run links" className="flex flex-wrap gap-3 text-sm">
        <Link
          className="text-blue-700 underline dark:text-blue-400"
          href={turnHref(run.agentId, run.id, run.conversationId)}
        >
          Open the turn in the chat
        </Link>
        <Link
          className="text-blue-700 underline dark:text-blue-400"
          href={`/agents/${encodeURIComponent(run.agentId)}/runs`}
        >
          All runs of this agent
        </Link>
        <AddToDataset runId={run.id} />
      </nav>
      <RunHeader run={run} />
      {picked.length > 0 ? (
        <p role="status" className="flex flex-wrap items-center gap-2 text-xs">
          Picked to compare: {picked.map((entry) => entry.label).join(" and ")}.
          {a && b ? (
            <Link
              className="text-blue-700 underline dark:text-blue-400"
              href={`/agents/${encodeURIComponent(run.agentId)}/runs/compare?a=${encodeURIComponent(a.stepId)}&b=${encodeURIComponent(b.stepId)}`}
            >
              Compare the two picked steps
            </Link>
          ) : (
            <span className="text-zinc-500">Pick one more step (of this run or another).</span>
          )}
          <Button variant="ghost" size="sm" onClick={clear} className="underline">
            Clear
          </Button>
        </p>
      ) : null}
      <h2 className="text-base font-semibold">Steps ({steps.length})</h2>
      {steps.length === 0 ? <p className="text-sm text-zinc-500">This run has no steps recorded.</p> : null}
      {steps.map((step, index) => (
        <StepCard key={step.id} step={step} runId={run.id} initiallyOpen={index === 0} />
      ))}
    </div>
  );
}
