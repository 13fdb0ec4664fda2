"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useDemoLock } from "@/components/access/access-context";
import { ErrorPanel } from "@/components/error-panel";
import { toErrorBody } from "@/lib/errors";
import { CORS_NOTE, type ConnectionCheck, type ConnectionList, type PublicConnection } from "@/lib/connections/types";
import { connectionKeys } from "@/lib/query-keys";
import { connectionsApi, useRefreshAfterSwitch } from "./api";
import { CheckResult } from "./check-result";
import { ConnectionForm } from "./connection-form";
import { Button } from "@/components/ui/button";

type Editing = { mode: "add" } | { mode: "edit"; connection: PublicConnection } | null;

export function ConnectionsManager({ initial }: { initial: ConnectionList }) {
  const queryClient = useQueryClient();
  const refreshAfterSwitch = useRefreshAfterSwitch();
  const { data } = useQuery({ queryKey: connectionKeys.list(), queryFn: connectionsApi.list, initialData: initial });
  const [editing, setEditing] = useState<Editing>(null);
  const demo = useDemoLock();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [checks, setChecks] = useState<Record<string, ConnectionCheck>>({});

  const afterChange = async (touchesActive: boolean) => {
    if (touchesActive) await refreshAfterSwitch();
    else await queryClient.invalidateQueries({ queryKey: connectionKeys.list() });
  };
  const activate = useMutation({ mutationFn: connectionsApi.activate, onSuccess: () => refreshAfterSwitch() });
  const remove = useMutation({
    mutationFn: connectionsApi.remove,
    onSuccess: async (_result, id) => {
      setConfirming(null);
      await afterChange(id === data.activeId);
    },
  });
  const test = useMutation({
    mutationFn: (id: string) => connectionsApi.check({ id }),
    onSuccess: (check, id) => setChecks((current) => ({ ...current, [id]: check })),
  });
  const failure = activate.error ?? remove.error ?? test.error;

  return (
    <div className="space-y-6">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Passwords and API keys stay on the ADE&apos;s server: this page only learns whether one is set. {CORS_NOTE}
      </p>
      {failure ? <ErrorPanel title="That did not work" error={toErrorBody(failure)} /> : null}
      <ul className="space-y-3" aria-label="Connections">
        {data.connections.map((connection) => {
          const active = connection.id === data.activeId;
          const check = checks[connection.id];
          return (
            <li
              key={connection.id}
              aria-label={connection.name}
              className="space-y-2 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
            >
              <div className="flex flex-wrap items-center gap-3">
                <span className="font-medium">{connection.name}</span>
                {active ? (
                  <span className="rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">
                    Active
                  </span>
                ) : null}
                <span className="text-xs text-zinc-500">
                  {connection.kind === "cloud" ? "Letta Cloud" : "Self-hosted"}
                </span>
                <span className="font-mono text-xs">{connection.baseUrl}</span>
                <span className="text-xs text-zinc-500">
                  {connection.hasSecret
                    ? connection.kind === "cloud"
                      ? "API key set"
                      : "Password set"
                    : "No password"}
                  {connection.projectId ? ` · project ${connection.projectId}` : ""}
                </span>
                <span className="ml-auto flex gap-2">
                  {!active ? (
                    <Button
                      variant="secondary"
                      size="sm"
                      aria-label={`Use ${connection.name}`}
                      disabled={activate.isPending}
                      onClick={() => activate.mutate(connection.id)}
                    >
                      Use
                    </Button>
                  ) : null}
                  <Button
                    variant="secondary"
                    size="sm"
                    aria-label={`Test ${connection.name}`}
                    {...demo.props}
                    disabled={demo.locked || test.isPending}
                    onClick={() => test.mutate(connection.id)}
                  >
                    Test
                  </Button>
                  {!connection.readOnly ? (
                    <>
                      <Button
                        variant="secondary"
                        size="sm"
                        aria-label={`Edit ${connection.name}`}
                        {...demo.props}
                        onClick={() => setEditing({ mode: "edit", connection })}
                      >
                        Edit
                      </Button>
                      <Button
                        variant="secondary"
                        size="sm"
                        aria-label={`Remove ${connection.name}`}
                        {...demo.props}
                        onClick={() => setConfirming(connection.id)}
                      >
                        Remove
                      </Button>
                    </>
                  ) : (
                    <span className="text-xs text-zinc-500">Set by the ADE&apos;s environment</span>
                  )}
                </span>
              </div>
              {confirming === connection.id ? (
                <div className="flex items-center gap-2 text-sm">
                  <span>Remove {connection.name}? Agents on the server are not touched.</span>
                  <Button
                    variant="secondary"
                    size="sm"
                    disabled={remove.isPending}
                    onClick={() => remove.mutate(connection.id)}
                  >
                    Confirm removal
                  </Button>
                  <Button variant="secondary" size="sm" onClick={() => setConfirming(null)}>
                    Keep it
                  </Button>
                </div>
              ) : null}
              {check ? <CheckResult check={check} /> : null}
              {editing?.mode === "edit" && editing.connection.id === connection.id ? (
                <section
                  aria-label={`Edit ${connection.name}`}
                  className="border-t border-zinc-200 pt-3 dark:border-zinc-800"
                >
                  <ConnectionForm
                    existing={connection}
                    onCancel={() => setEditing(null)}
                    onSaved={async () => {
                      setEditing(null);
                      await afterChange(active);
                    }}
                  />
                </section>
              ) : null}
            </li>
          );
        })}
      </ul>
      {editing?.mode === "add" ? (
        <section
          aria-label="Add connection"
          className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
        >
          <h2 className="mb-3 font-medium">Add connection</h2>
          <ConnectionForm
            onCancel={() => setEditing(null)}
            onSaved={async () => {
              setEditing(null);
              await afterChange(false);
            }}
          />
        </section>
      ) : (
        <Button variant="secondary" size="sm" {...demo.props} onClick={() => setEditing({ mode: "add" })}>
          Add connection
        </Button>
      )}
    </div>
  );
}
