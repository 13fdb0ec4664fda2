"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useDemoLock } from "@/components/access/access-context";
import { datasetChoicesQuery } from "@/components/evals/queries";
import { Button } from "@/components/ui/button";
import { Field, inputClass, inputId } from "@/components/ui/field";
import { InlineError } from "@/components/ui/inline-error";
import { testMessageText } from "@/lib/ab-chat/schema";
import type { TestCase, TestDataset } from "@/lib/ab-chat/types";
import { toErrorBody, type AppErrorBody } from "@/lib/errors";

/** The change the list asks its owner to save (through the A/B chat's server actions). */
export type TestMessageChange =
  { kind: "pick"; datasetId: string | null } | { kind: "add"; text: string } | { kind: "remove"; caseId: string };

interface TestMessagesProps {
  /** The dataset picked for the pair (null: none yet). */
  dataset: TestDataset | null;
  /** Saves a change; resolves to the error that refused it, or null. */
  onChange: (change: TestMessageChange) => Promise<AppErrorBody | null>;
  disabled: boolean;
}

const NONE = "";

/** The first problem with a test message's text, or undefined when it may be saved. */
function checkText(text: string): string | undefined {
  const parsed = testMessageText.safeParse(text);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

/** The pair's test messages: the cases of a dataset picked for it, and a message saved as a new case. */
export function TestMessages({ dataset, onChange, disabled }: TestMessagesProps) {
  const demo = useDemoLock();
  const datasets = useQuery(datasetChoicesQuery());
  const [text, setText] = useState("");
  const [invalid, setInvalid] = useState<string | undefined>(undefined);
  const [error, setError] = useState<AppErrorBody | null>(null);
  const [saving, setSaving] = useState(false);
  const locked = disabled || saving || demo.locked;

  const save = async (change: TestMessageChange) => {
    setSaving(true);
    setError(null);
    const refused = await onChange(change).finally(() => setSaving(false));
    setError(refused);
    if (refused === null && change.kind !== "pick") void datasets.refetch();
    return refused === null;
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const problem = checkText(text);
    setInvalid(problem);
    if (problem) return;
    if (await save({ kind: "add", text })) setText("");
  };

  const choices = datasets.data ?? [];
  const listed = dataset === null || choices.some((choice) => choice.id === dataset.id);

  return (
    <section aria-labelledby="test-messages" className="space-y-3">
      <h2 id="test-messages" className="text-base font-semibold">
        Test messages
      </h2>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        The cases of a dataset, picked for this pair of agents (in either order). Replay sends each case&apos;s messages
        in order to both agents; a message saved here becomes a case of the dataset (tagged ab-chat).
      </p>
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <Field label="Dataset" field="ab-dataset">
            <select
              id={inputId("ab-dataset")}
              className={inputClass}
              value={dataset?.id ?? NONE}
              disabled={locked}
              onChange={(event) => void save({ kind: "pick", datasetId: event.target.value || null })}
            >
              <option value={NONE}>None (saving a message makes one)</option>
              {dataset && !listed ? <option value={dataset.id}>{dataset.name}</option> : null}
              {choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.name} ({choice.cases} {choice.cases === 1 ? "case" : "cases"})
                </option>
              ))}
            </select>
          </Field>
        </div>
        {dataset ? (
          <Link
            href={`/evals/datasets/${encodeURIComponent(dataset.id)}`}
            className="pb-1.5 text-sm text-blue-700 underline underline-offset-2 dark:text-blue-400"
          >
            Open the dataset in Evals
          </Link>
        ) : null}
      </div>
      {datasets.isError ? <InlineError error={toErrorBody(datasets.error)} /> : null}
      {dataset === null || dataset.cases.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {dataset === null ? "No dataset picked yet." : `${dataset.name} has no cases yet.`}
        </p>
      ) : (
        <ol aria-label="Saved test messages" className="space-y-2">
          {dataset.cases.map((testCase, index) => (
            <TestCaseRow
              key={testCase.id}
              testCase={testCase}
              position={index + 1}
              locked={locked}
              onRemove={() => void save({ kind: "remove", caseId: testCase.id })}
            />
          ))}
        </ol>
      )}
      <InlineError error={error} />
      <form onSubmit={(event) => void add(event)} className="space-y-2" aria-label="Add a test message" noValidate>
        <label htmlFor="new-test-message" className="block text-sm font-medium">
          New test message
        </label>
        <textarea
          id="new-test-message"
          value={text}
          rows={2}
          onChange={(event) => {
            setText(event.target.value);
            if (invalid) setInvalid(checkText(event.target.value));
          }}
          {...(invalid ? { "aria-invalid": true, "aria-describedby": "new-test-message-error" } : {})}
          className={inputClass}
        />
        {invalid ? (
          <p id="new-test-message-error" className="text-xs text-red-700 dark:text-red-400">
            {invalid}
          </p>
        ) : null}
        <Button variant="primary" type="submit" {...demo.props} disabled={locked}>
          Add test message
        </Button>
      </form>
    </section>
  );
}

interface RowProps {
  testCase: TestCase;
  position: number;
  locked: boolean;
  onRemove: () => void;
}

/** One case: its message, or its turns in order. */
function TestCaseRow({ testCase, position, locked, onRemove }: RowProps) {
  const [only] = testCase.input;
  return (
    <li
      aria-label={`Test message ${position}`}
      className="flex items-start gap-2 rounded border border-zinc-200 p-2 dark:border-zinc-800"
    >
      <span className="text-xs font-medium text-zinc-600 dark:text-zinc-400">{position}.</span>
      {testCase.input.length === 1 ? (
        <p className="min-w-0 flex-1 whitespace-pre-wrap break-words text-sm">{only}</p>
      ) : (
        <ol aria-label={`Turns of test message ${position}`} className="min-w-0 flex-1 space-y-1 text-sm">
          {testCase.input.map((turn, index) => (
            <li key={index} className="whitespace-pre-wrap break-words">
              <span className="text-xs text-zinc-600 dark:text-zinc-400">Turn {index + 1}: </span>
              {turn}
            </li>
          ))}
        </ol>
      )}
      <span className="shrink-0 font-mono text-xs text-zinc-600 dark:text-zinc-400">{testCase.id}</span>
      <Button
        variant="secondary"
        size="sm"
        disabled={locked}
        onClick={onRemove}
        aria-label={`Remove test message ${position}`}
      >
        Remove
      </Button>
    </li>
  );
}
