"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { unwrap } from "@/lib/actions/result";
import { updateGroupAction } from "@/lib/groups/actions";
import { sleeptimeKeys } from "@/lib/query-keys";
import { parseFrequency } from "@/lib/sleeptime/frequency";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { Button } from "@/components/ui/button";

function describe(frequency: number | null): string {
  if (frequency === null) return "after every turn (no frequency set)";
  return frequency === 1 ? "after every turn" : `every ${frequency} turns`;
}

/** How often the sleep-time agent runs, saved through the group's manager config. */
export function FrequencyEditor({
  agentId,
  groupId,
  frequency,
}: {
  agentId: string;
  groupId: string;
  frequency: number | null;
}) {
  const queryClient = useQueryClient();
  const [text, setText] = useState(frequency === null ? "" : String(frequency));
  const [invalid, setInvalid] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: async (value: number) =>
      unwrap(updateGroupAction({ groupId, managerType: "sleeptime", sleeptimeAgentFrequency: value })),
    onSuccess: (group) => {
      setText(String(group.config.sleeptimeAgentFrequency ?? ""));
      void queryClient.invalidateQueries({ queryKey: sleeptimeKeys.settings(agentId) });
    },
  });

  return (
    <form
      aria-label="Sleep-time frequency"
      noValidate
      className="space-y-2 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900"
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parseFrequency(text);
        if (!parsed.ok) {
          setInvalid(parsed.error);
          return;
        }
        setInvalid(null);
        save.mutate(parsed.value);
      }}
    >
      <p>
        Group <span className="break-all font-mono">{groupId}</span>: the sleep-time agent runs{" "}
        <strong>{describe(frequency)}</strong>.
      </p>
      <div className="flex flex-wrap items-end gap-2">
        <label className="space-y-1">
          <span className="block text-zinc-600 dark:text-zinc-400">Run every N turns</span>
          <input
            inputMode="numeric"
            value={text}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? "sleeptime-frequency-error" : undefined}
            onChange={(event) => {
              setText(event.target.value);
              setInvalid(null);
            }}
            className="w-24 rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-950"
          />
        </label>
        <Button variant="primary" size="sm" type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save frequency"}
        </Button>
      </div>
      {invalid ? (
        <p id="sleeptime-frequency-error" className="text-red-700 dark:text-red-400">
          {invalid}
        </p>
      ) : null}
      <InlineError error={save.error ? toErrorBody(save.error) : null} />
      <p className="text-zinc-500">Letta keeps its count of turns; a new frequency applies from the next turn.</p>
    </form>
  );
}
