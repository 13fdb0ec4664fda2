"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { AppError } from "@/lib/errors";
import type { ConnectionFormValues } from "@/lib/connections/schema";
import {
  LETTA_CLOUD_URL,
  type ConnectionCheck,
  type ConnectionKind,
  type PublicConnection,
} from "@/lib/connections/types";
import type { SaveResult } from "@/lib/connections/types";
import { connectionsApi } from "./api";
import { CheckResult } from "./check-result";
import { Button } from "@/components/ui/button";

type Field = "name" | "baseUrl" | "secret" | "projectId";

const inputClass =
  "w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-950 aria-[invalid=true]:border-red-500";
/** Adds a connection, or edits one (`existing`): a blank secret keeps the stored one. */
export function ConnectionForm({
  existing,
  onSaved,
  onCancel,
}: {
  existing?: PublicConnection;
  onSaved: (result: SaveResult) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [kind, setKind] = useState<ConnectionKind>(existing?.kind ?? "self-hosted");
  const [name, setName] = useState(existing?.name ?? "");
  const [baseUrl, setBaseUrl] = useState(existing?.kind === "self-hosted" ? existing.baseUrl : "");
  const [secret, setSecret] = useState("");
  const [projectId, setProjectId] = useState(existing?.projectId ?? "");
  const [clearSecret, setClearSecret] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [check, setCheck] = useState<ConnectionCheck | null>(null);
  const [failedSave, setFailedSave] = useState(false);
  const cloud = kind === "cloud";
  const secretLabel = cloud ? "API key" : "Password";

  const values = async (): Promise<ConnectionFormValues | undefined> => {
    // The checks (zod) load with the first test or save.
    const { connectionInputSchema } = await import("@/lib/connections/schema");
    const candidate: ConnectionFormValues = cloud
      ? { kind, name, secret, projectId, clearSecret }
      : { kind, name, baseUrl, secret, clearSecret };
    const result = connectionInputSchema.safeParse(candidate);
    const next: Partial<Record<Field, string>> = {};
    if (!result.success) for (const issue of result.error.issues) next[issue.path[0] as Field] ??= issue.message;
    if (cloud && !secret.trim() && !(existing?.hasSecret && !clearSecret))
      next.secret = "Enter your Letta Cloud API key";
    setErrors(next);
    return Object.keys(next).length === 0 ? candidate : undefined;
  };

  const test = useMutation({
    mutationFn: (connection: ConnectionFormValues) => connectionsApi.check({ connection, id: existing?.id }),
    onSuccess: setCheck,
  });
  const save = useMutation({
    mutationFn: ({ connection, force }: { connection: ConnectionFormValues; force: boolean }) =>
      existing ? connectionsApi.update(existing.id, connection, force) : connectionsApi.create(connection, force),
    onSuccess: (result) => {
      setCheck(result.check);
      setFailedSave(result.connection === null);
      if (result.connection) onSaved(result);
    },
  });
  const busy = test.isPending || save.isPending;
  const requestError = test.error ?? save.error;

  const submit = async (event: FormEvent, force = false) => {
    event.preventDefault();
    const connection = await values();
    if (connection) save.mutate({ connection, force });
  };

  const field = (key: Field, label: string, input: ReactNode, note?: string) => (
    <div className="space-y-1">
      <label htmlFor={`${id}-${key}`} className="block text-sm font-medium">
        {label}
      </label>
      {input}
      {note ? <p className="text-xs text-zinc-500">{note}</p> : null}
      {errors[key] ? (
        <p id={`${id}-${key}-error`} className="text-xs text-red-700 dark:text-red-400">
          {errors[key]}
        </p>
      ) : null}
    </div>
  );
  const inputProps = (key: Field) => ({
    id: `${id}-${key}`,
    className: inputClass,
    "aria-invalid": errors[key] ? true : undefined,
    "aria-describedby": errors[key] ? `${id}-${key}-error` : undefined,
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="space-y-4">
      <fieldset className="flex gap-4 text-sm">
        <legend className="mb-1 text-sm font-medium">Server</legend>
        {(["self-hosted", "cloud"] as const).map((option) => (
          <label key={option} className="flex items-center gap-1.5">
            <input
              type="radio"
              name={`${id}-kind`}
              value={option}
              checked={kind === option}
              onChange={() => setKind(option)}
            />
            {option === "cloud" ? "Letta Cloud" : "Self-hosted"}
          </label>
        ))}
      </fieldset>
      {field(
        "name",
        "Name",
        <input
          {...inputProps("name")}
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="off"
        />,
      )}
      {cloud
        ? field("baseUrl", "Server URL", <input {...inputProps("baseUrl")} value={LETTA_CLOUD_URL} readOnly />)
        : field(
            "baseUrl",
            "Server URL",
            <input
              {...inputProps("baseUrl")}
              value={baseUrl}
              onChange={(event) => setBaseUrl(event.target.value)}
              placeholder="http://localhost:8283"
              inputMode="url"
            />,
            "Without /v1: the ADE adds the API path itself.",
          )}
      {field(
        "secret",
        cloud ? "API key" : "Password (optional)",
        <input
          {...inputProps("secret")}
          type="password"
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
          autoComplete="new-password"
          placeholder={existing?.hasSecret && !clearSecret ? "Saved: leave empty to keep it" : ""}
        />,
        cloud ? undefined : "The server's LETTA_SERVER_PASSWORD, if it runs secured.",
      )}
      {existing?.hasSecret ? (
        <label className="flex items-center gap-1.5 text-sm">
          <input type="checkbox" checked={clearSecret} onChange={(event) => setClearSecret(event.target.checked)} />
          Remove the saved {secretLabel.toLowerCase()}
        </label>
      ) : null}
      {cloud
        ? field(
            "projectId",
            "Project id (optional)",
            <input
              {...inputProps("projectId")}
              value={projectId}
              onChange={(event) => setProjectId(event.target.value)}
            />,
          )
        : null}
      {check ? <CheckResult check={check} onUseUrl={cloud ? undefined : (url) => setBaseUrl(url)} /> : null}
      {requestError ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {requestError.message} {requestError instanceof AppError ? requestError.hint : ""}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          disabled={busy}
          onClick={async () => {
            const connection = await values();
            if (connection) test.mutate(connection);
          }}
        >
          {test.isPending ? "Testing…" : "Test connection"}
        </Button>
        <Button variant="primary" size="sm" type="submit" disabled={busy}>
          {save.isPending ? "Checking and saving…" : "Save connection"}
        </Button>
        {failedSave ? (
          <Button variant="secondary" disabled={busy} onClick={(event) => void submit(event, true)}>
            Save anyway
          </Button>
        ) : null}
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
