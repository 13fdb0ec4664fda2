"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { parseRequest, parseResponse } from "@/lib/inspector/request";
import { JsonView } from "./json-view";
import { stepTraceQuery } from "@/lib/inspector/queries";
import { RequestView, ResponseView } from "./request-view";
import { Button } from "@/components/ui/button";

/** A step's exact request and response, readable or as JSON; or why the server has none. */
export function StepTraceView({ stepId, number }: { stepId: string; number: number }) {
  const { data, error, isPending } = useQuery(stepTraceQuery(stepId));
  const [view, setView] = useState<"readable" | "json">("readable");
  const parsed = useMemo(
    () =>
      data?.kind === "trace" ? { request: parseRequest(data.request), response: parseResponse(data.response) } : null,
    [data],
  );
  if (isPending) return <p className="text-xs text-zinc-500">Loading the request and response…</p>;
  if (error)
    return (
      <p role="alert" className="text-xs text-red-700">
        Could not load the trace: {error.message}
      </p>
    );
  if (data.kind === "none" || !parsed)
    return (
      <p role="note" className="rounded bg-zinc-100 p-2 text-xs dark:bg-zinc-800">
        No request or response recorded for this step. {data.kind === "none" ? data.reason : ""}
      </p>
    );
  return (
    <div className="space-y-2">
      <div role="group" aria-label={`View of step ${number}'s trace`} className="flex gap-1">
        {(["readable", "json"] as const).map((kind) => (
          <Button variant="secondary" size="sm" key={kind} aria-pressed={view === kind} onClick={() => setView(kind)}>
            {kind === "readable" ? "Readable" : "JSON"}
          </Button>
        ))}
      </div>
      {view === "readable" ? (
        <div className="grid gap-3 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <RequestView request={parsed.request} label={`Request of step ${number}`} />
          <ResponseView response={parsed.response} />
        </div>
      ) : (
        <JsonView value={{ request: data.request, response: data.response }} label={`JSON of step ${number}`} />
      )}
    </div>
  );
}
