"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { unwrap } from "@/lib/actions/result";
import { setStepFeedbackAction } from "@/lib/inspector/actions";
import type { StepFeedback } from "@/lib/inspector/types";
import { queryKeys } from "@/lib/query-keys";
import { Button } from "@/components/ui/button";

/** Thumbs up or down and tags on a step, saved on the server at once. */
export function StepFeedbackControls({
  stepId,
  runId,
  number,
  feedback,
  tags,
}: {
  stepId: string;
  runId: string;
  number: number;
  feedback: StepFeedback | null;
  tags: string[];
}) {
  const queryClient = useQueryClient();
  const [tagText, setTagText] = useState(tags.join(", "));
  const save = useMutation({
    mutationFn: async (input: { feedback: StepFeedback | null; tags: string[] }) =>
      await unwrap(setStepFeedbackAction({ stepId, ...input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.run(runId) }),
  });
  const current = save.isSuccess ? save.data.feedback : feedback;
  const parsedTags = () =>
    tagText
      .split(",")
      .map((tag) => tag.trim())
      .filter(Boolean);
  const thumb = (value: StepFeedback, text: string, symbol: string) => (
    <Button
      variant="secondary"
      size="sm"
      aria-pressed={current === value}
      aria-label={`${text} step ${number}`}
      disabled={save.isPending}
      onClick={() => save.mutate({ feedback: current === value ? null : value, tags: parsedTags() })}
    >
      {symbol}
    </Button>
  );
  return (
    <form
      className="flex flex-wrap items-center gap-1"
      aria-label={`Feedback on step ${number}`}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ feedback: current, tags: parsedTags() });
      }}
    >
      {thumb("positive", "Thumbs up on", "▲ Good")}
      {thumb("negative", "Thumbs down on", "▼ Bad")}
      <input
        value={tagText}
        onChange={(event) => setTagText(event.target.value)}
        aria-label={`Tags of step ${number}`}
        placeholder="tags, comma-separated"
        className="w-44 rounded border border-zinc-300 px-1.5 py-0.5 text-xs dark:border-zinc-700 dark:bg-zinc-900"
      />
      <Button variant="secondary" size="sm" type="submit" disabled={save.isPending}>
        Save tags
      </Button>
      {save.isPending ? <span className="text-xs text-zinc-500">Saving…</span> : null}
      {save.isSuccess ? (
        <span role="status" className="text-xs text-green-700">
          Saved
        </span>
      ) : null}
      {save.isError ? (
        <span role="alert" className="text-xs text-red-700">
          {save.error.message}
        </span>
      ) : null}
    </form>
  );
}
