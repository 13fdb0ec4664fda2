"use client";

import { useState } from "react";
import { formatDuration } from "@/lib/inspector/format";
import type { StepView } from "@/lib/inspector/types";
import { useCompareStore } from "./compare-store";
import { StepFeedbackControls } from "./step-feedback";
import { StepTraceView } from "./step-trace";
import { Button } from "@/components/ui/button";

const pre = "whitespace-pre-wrap break-words font-mono text-xs";

/** One step: model, duration, tokens, what it did (tool calls with results), feedback, and its trace on demand. */
export function StepCard({ step, runId, initiallyOpen }: { step: StepView; runId: string; initiallyOpen: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  const picked = useCompareStore((state) => state.picked.some((entry) => entry.stepId === step.id));
  const toggle = useCompareStore((state) => state.toggle);
  return (
    <section
      aria-label={`Step ${step.number}`}
      className="space-y-2 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-sm font-semibold">
          Step {step.number}
          <span className="ml-2 font-normal text-zinc-600 dark:text-zinc-400">
            {step.model ?? "model not recorded"} · {formatDuration(step.durationMs)} · {step.usage.promptTokens} prompt
            + {step.usage.completionTokens} completion = {step.usage.totalTokens} tokens
            {step.status ? ` · ${step.status}` : ""}
            {step.stopReason ? ` · ${step.stopReason}` : ""}
          </span>
        </h3>
        <label className="flex items-center gap-1 text-xs">
          <input
            type="checkbox"
            checked={picked}
            onChange={() => toggle({ stepId: step.id, runId, label: `step ${step.number} of ${runId}` })}
          />
          Compare step {step.number}
        </label>
      </div>
      <StepFeedbackControls
        key={`${step.feedback}|${step.tags.join(",")}`}
        stepId={step.id}
        runId={runId}
        number={step.number}
        feedback={step.feedback}
        tags={step.tags}
      />
      {step.error ? (
        <div
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-2 text-xs text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
        >
          <p className="font-semibold">{step.error.message}</p>
          {step.error.detail ? <p>{step.error.detail}</p> : null}
        </div>
      ) : null}
      {step.messages.length > 0 || step.toolCalls.length > 0 ? (
        <ul className="space-y-1" aria-label={`What step ${step.number} did`}>
          {step.messages.map((message, index) => (
            <li key={`m${index}`} className="text-xs">
              <span className="font-semibold">{message.kind}: </span>
              <span className={pre}>{message.text}</span>
            </li>
          ))}
          {step.toolCalls.map((call, index) => (
            <li key={`t${index}`} className="rounded bg-amber-50 p-1 text-xs dark:bg-amber-950">
              <p>
                <span className="font-semibold">Tool call </span>
                <span className="font-mono">
                  {call.name}({call.arguments})
                </span>
              </p>
              {call.result ? (
                <p className={call.result.status === "error" ? "text-red-700 dark:text-red-300" : ""}>
                  <span className="font-semibold">Result ({call.result.status}): </span>
                  <span className={pre}>{call.result.text}</span>
                </p>
              ) : (
                <p className="text-zinc-500">No result recorded.</p>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <Button
        variant="ghost"
        size="sm"
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
        className="underline"
      >
        {open ? `Hide step ${step.number}'s request and response` : `Show step ${step.number}'s request and response`}
      </Button>
      {open ? <StepTraceView stepId={step.id} number={step.number} /> : null}
    </section>
  );
}
