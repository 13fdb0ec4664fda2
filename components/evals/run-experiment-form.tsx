"use client";

import { Button } from "@/components/ui/button";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { AgentCombobox, type PickedAgent } from "@/components/compare/agent-combobox";
import { ErrorPanel } from "@/components/error-panel";
import { Field, FieldError, inputClass, inputId, invalidProps } from "@/components/ui/field";
import { unwrap } from "@/lib/actions/result";
import { startExperimentAction } from "@/lib/evals/actions";
import { startExperimentInput } from "@/lib/evals/schema";
import { fieldErrors } from "@/lib/evals/validate";
import { errorBody, mutedText } from "./styles";

/** Runs the dataset against one or more agents, each case on a fresh copy of the agent. */
export function RunExperimentForm({
  datasetId,
  suggestions,
  disabledReason,
}: {
  datasetId: string;
  suggestions: PickedAgent[];
  disabledReason: string | null;
}) {
  const router = useRouter();
  const [agents, setAgents] = useState<(PickedAgent | null)[]>([null]);
  const [concurrency, setConcurrency] = useState("2");
  const [keepCopies, setKeepCopies] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const start = useMutation({
    mutationFn: (input: unknown) => unwrap(startExperimentAction(input)),
    onSuccess: ({ id }) => router.push(`/evals/experiments/${id}`),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      datasetId,
      agentIds: agents.flatMap((agent) => (agent ? [agent.id] : [])),
      concurrency,
      keepCopies,
    };
    const parsed = startExperimentInput.safeParse(input);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    start.mutate(parsed.data);
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Run an experiment" className="space-y-3">
      <p className={`text-sm ${mutedText}`}>
        Each case runs on a fresh copy of the agent as it is now; the agent itself is never changed. Copies of failed
        cases are kept for a look, the others deleted.
      </p>
      {agents.map((agent, index) => (
        <div key={index} className="flex items-end gap-2">
          <div className="flex-1">
            <AgentCombobox
              label={`Agent ${index + 1}`}
              value={agent}
              onChange={(picked) => setAgents(agents.map((other, at) => (at === index ? picked : other)))}
              suggestions={suggestions}
              suggestionsLabel="Newest agents"
            />
          </div>
          {agents.length > 1 ? (
            <Button
              type="button"
              variant="secondary"
              size="sm"
              onClick={() => setAgents(agents.filter((_, at) => at !== index))}
            >
              Remove agent {index + 1}
            </Button>
          ) : null}
        </div>
      ))}
      <FieldError field="experiment-agents" error={errors.agentIds} />
      <Button type="button" variant="secondary" size="sm" onClick={() => setAgents([...agents, null])}>
        Add another agent
      </Button>
      <Field label="Cases at a time" field="experiment-concurrency" error={errors.concurrency}>
        <input
          id={inputId("experiment-concurrency")}
          className={`${inputClass} max-w-32`}
          inputMode="numeric"
          value={concurrency}
          onChange={(event) => setConcurrency(event.target.value)}
          {...invalidProps("experiment-concurrency", errors.concurrency)}
        />
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={keepCopies} onChange={(event) => setKeepCopies(event.target.checked)} />
        Keep every copy (not only the failed cases&apos;)
      </label>
      {start.error ? <ErrorPanel title="The experiment did not start" error={errorBody(start.error)} /> : null}
      {disabledReason ? <p className={`text-sm ${mutedText}`}>{disabledReason}</p> : null}
      <Button type="submit" variant="primary" disabled={start.isPending || start.isSuccess || disabledReason !== null}>
        {start.isPending ? "Starting…" : "Run experiment"}
      </Button>
    </form>
  );
}
