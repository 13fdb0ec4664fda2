"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useDemoLock } from "@/components/access/access-context";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { InlineError } from "@/components/ui/inline-error";
import { unwrap } from "@/lib/actions/result";
import { toErrorBody } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { checkProviderAction, deleteProviderAction, refreshProviderAction } from "@/lib/providers/actions";
import type { AgentRef, ProviderCheckRecord, ProviderView } from "@/lib/providers/types";
import { queryKeys } from "@/lib/query-keys";
import { AgentLinks } from "./agent-links";
import { CheckSummary } from "./check-summary";
import { EditKeyForm } from "./edit-key-form";
import { cardClass } from "./styles";
import { Button } from "@/components/ui/button";

interface ProviderItemProps {
  provider: ProviderView;
  modelCount: number;
  agents: AgentRef[];
  check: ProviderCheckRecord | undefined;
  onMessage: (message: string) => void;
}

function deleteQuestion(name: string, agents: AgentRef[]): string {
  if (agents.length === 0) return `Delete ${name}? No agent uses its models.`;
  const names = agents.map((agent) => agent.name).join(", ");
  return `Delete ${name}? ${agents.length === 1 ? "This agent uses" : `These ${agents.length} agents use`} its models and will be flagged: ${names}.`;
}

/** A provider added at run time: its key (set or not, never shown), models, last check, and what can be done. */
export function ProviderItem({ provider, modelCount, agents, check, onMessage }: ProviderItemProps) {
  const queryClient = useQueryClient();
  const demo = useDemoLock();
  const [editing, setEditing] = useState(false);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: queryKeys.modelsOverview() });
  const refresh = useMutation({
    mutationFn: async () => await unwrap(refreshProviderAction({ id: provider.id })),
    onSuccess: async ({ synced, check: result }) => {
      await invalidate();
      onMessage(
        synced
          ? `Fetched the models of ${provider.name} again.`
          : `The server could not fetch the models of ${provider.name}: ${result?.message ?? "it did not say why"}`,
      );
    },
  });
  const recheck = useMutation({
    mutationFn: async () => await unwrap(checkProviderAction({ id: provider.id })),
    onSuccess: async () => invalidate(),
  });
  const remove = useMutation({
    mutationFn: async () => await unwrap(deleteProviderAction({ id: provider.id })),
    onSuccess: async () => {
      await invalidate();
      onMessage(`Deleted ${provider.name}.`);
    },
  });
  const failure = refresh.error ?? recheck.error ?? remove.error;
  return (
    <li aria-label={provider.name} className={cardClass}>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="font-medium">{provider.name}</span>
        <span className="text-xs text-zinc-500">{provider.type}</span>
        {provider.baseUrl ? <span className="font-mono text-xs">{provider.baseUrl}</span> : null}
        <span className="text-xs">Key: {provider.hasKey ? "set" : "none"}</span>
        <span className="text-xs">
          {modelCount} {modelCount === 1 ? "chat model" : "chat models"}
        </span>
        <span className="text-xs text-zinc-500">
          Models fetched: {provider.lastSynced ? formatDateTime(provider.lastSynced) : "never"}
        </span>
      </div>
      {modelCount === 0 ? (
        <div className="rounded border border-amber-300 bg-amber-50 p-2 dark:border-amber-800 dark:bg-amber-950">
          <p className="text-xs font-medium">No models from this provider.</p>
          <CheckSummary check={check} />
        </div>
      ) : null}
      {agents.length > 0 ? (
        <p className="text-xs">
          Used by: <AgentLinks agents={agents} />
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="secondary"
          size="sm"
          disabled={refresh.isPending}
          onClick={() => refresh.mutate()}
          aria-label={`Refresh the models of ${provider.name}`}
          {...demo.props}
        >
          {refresh.isPending ? "Refreshing…" : "Refresh models"}
        </Button>
        <Button
          variant="secondary"
          size="sm"
          disabled={recheck.isPending}
          onClick={() => recheck.mutate()}
          aria-label={`Check ${provider.name}`}
          {...demo.props}
        >
          {recheck.isPending ? "Checking…" : "Check"}
        </Button>
        <Button
          variant="secondary"
          size="sm"
          aria-expanded={editing}
          onClick={() => setEditing((open) => !open)}
          aria-label={`Change the key of ${provider.name}`}
          {...demo.props}
        >
          Change key
        </Button>
        <ConfirmButton
          label={`Delete ${provider.name}`}
          question={deleteQuestion(provider.name, agents)}
          confirmLabel={`Yes, delete ${provider.name}`}
          onConfirm={() => remove.mutate()}
          disabled={remove.isPending || demo.locked}
        />
      </div>
      {modelCount > 0 && check && !check.ok ? <CheckSummary check={check} /> : null}
      {editing ? (
        <EditKeyForm
          provider={provider}
          onDone={(message) => {
            setEditing(false);
            onMessage(message);
          }}
        />
      ) : null}
      <InlineError error={failure ? toErrorBody(failure) : null} />
    </li>
  );
}
