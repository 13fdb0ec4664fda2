"use client";

import { useState, type FormEvent } from "react";
import { useDemoLock } from "@/components/access/access-context";
import { inputClass } from "@/components/ui/field";
import { InlineError } from "@/components/ui/inline-error";
import { testMessageText } from "@/lib/ab-chat/schema";
import type { TestMessage } from "@/lib/ab-chat/types";
import type { AppErrorBody } from "@/lib/errors";
import { Button } from "@/components/ui/button";

/** The change the list asks its owner to save (through the A/B chat's server actions). */
export type TestMessageChange =
  | { kind: "add"; text: string }
  | { kind: "update"; id: string; text: string }
  | { kind: "remove"; id: string }
  | { kind: "move"; id: string; direction: "up" | "down" };

interface TestMessagesProps {
  messages: readonly TestMessage[];
  /** Saves a change; resolves to the error that refused it, or null. */
  onChange: (change: TestMessageChange) => Promise<AppErrorBody | null>;
  disabled: boolean;
}

/** The first problem with a test message's text, or undefined when it may be saved. */
function checkText(text: string): string | undefined {
  const parsed = testMessageText.safeParse(text);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

/** The pair's saved test messages: add, edit, remove and reorder them. */
export function TestMessages({ messages, onChange, disabled }: TestMessagesProps) {
  const demo = useDemoLock();
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
    return refused === null;
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const problem = checkText(text);
    setInvalid(problem);
    if (problem) return;
    if (await save({ kind: "add", text })) setText("");
  };

  return (
    <section aria-labelledby="test-messages" className="space-y-3">
      <h2 id="test-messages" className="text-base font-semibold">
        Test messages
      </h2>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        Saved for this pair of agents (in either order). Replay sends them one after another to both agents.
      </p>
      {messages.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No test messages saved yet.</p>
      ) : (
        <ol aria-label="Saved test messages" className="space-y-2">
          {messages.map((message, index) => (
            <TestMessageRow
              key={message.id}
              message={message}
              position={index + 1}
              last={index === messages.length - 1}
              locked={locked}
              onSave={save}
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
  message: TestMessage;
  position: number;
  last: boolean;
  locked: boolean;
  onSave: (change: TestMessageChange) => Promise<boolean>;
}

function TestMessageRow({ message, position, last, locked, onSave }: RowProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<string | undefined>(undefined);
  const fieldId = `test-message-${message.id}`;

  const saveEdit = async (event: FormEvent) => {
    event.preventDefault();
    if (editing === null) return;
    const problem = checkText(editing);
    setInvalid(problem);
    if (problem) return;
    if (await onSave({ kind: "update", id: message.id, text: editing })) setEditing(null);
  };

  if (editing !== null)
    return (
      <li>
        <form onSubmit={(event) => void saveEdit(event)} className="space-y-1" noValidate>
          <label htmlFor={fieldId} className="block text-xs font-medium">
            Test message {position}
          </label>
          <textarea
            id={fieldId}
            value={editing}
            rows={2}
            autoFocus
            onChange={(event) => {
              setEditing(event.target.value);
              if (invalid) setInvalid(checkText(event.target.value));
            }}
            onKeyDown={(event) => {
              if (event.key === "Escape") {
                event.stopPropagation();
                setEditing(null);
              }
            }}
            {...(invalid ? { "aria-invalid": true, "aria-describedby": `${fieldId}-error` } : {})}
            className={inputClass}
          />
          {invalid ? (
            <p id={`${fieldId}-error`} className="text-xs text-red-700 dark:text-red-400">
              {invalid}
            </p>
          ) : null}
          <div className="flex gap-2">
            <Button variant="secondary" size="sm" type="submit" disabled={locked}>
              Save test message {position}
            </Button>
            <Button variant="secondary" size="sm" onClick={() => setEditing(null)}>
              Cancel
            </Button>
          </div>
        </form>
      </li>
    );

  return (
    <li className="flex items-start gap-2 rounded border border-zinc-200 p-2 dark:border-zinc-800">
      <span className="text-xs font-medium text-zinc-600 dark:text-zinc-400">{position}.</span>
      <p className="min-w-0 flex-1 whitespace-pre-wrap break-words text-sm">{message.text}</p>
      <div className="flex shrink-0 flex-wrap gap-1">
        <Button
          variant="secondary"
          size="sm"
          disabled={locked || position === 1}
          onClick={() => void onSave({ kind: "move", id: message.id, direction: "up" })}
          aria-label={`Move test message ${position} up`}
        >
          ↑
        </Button>
        <Button
          variant="secondary"
          size="sm"
          disabled={locked || last}
          onClick={() => void onSave({ kind: "move", id: message.id, direction: "down" })}
          aria-label={`Move test message ${position} down`}
        >
          ↓
        </Button>
        <Button
          variant="secondary"
          size="sm"
          disabled={locked}
          onClick={() => setEditing(message.text)}
          aria-label={`Edit test message ${position}`}
        >
          Edit
        </Button>
        <Button
          variant="secondary"
          size="sm"
          disabled={locked}
          onClick={() => void onSave({ kind: "remove", id: message.id })}
          aria-label={`Remove test message ${position}`}
        >
          Remove
        </Button>
      </div>
    </li>
  );
}
