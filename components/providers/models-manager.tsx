"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorPanel } from "@/components/error-panel";
import { toErrorBody } from "@/lib/errors";
import type { ModelsOverview } from "@/lib/providers/types";
import { AddProviderForm } from "./add-provider-form";
import { MissingModels } from "./missing-models";
import { ModelCatalog } from "./model-catalog";
import { ProviderItem } from "./provider-item";
import { modelsOverviewQuery } from "@/lib/providers/queries";
import { cardClass } from "./styles";
import { Button } from "@/components/ui/button";

/** The Models page: providers (from the environment, read-only; added at run time, editable) and every model. */
export function ModelsManager({ initial }: { initial: ModelsOverview }) {
  const { data, error } = useQuery({ ...modelsOverviewQuery(), initialData: initial });
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="space-y-8">
      {error ? <ErrorPanel title="Could not reload the models" error={toErrorBody(error)} /> : null}
      <MissingModels missing={data.missing} models={data.models} embeddings={data.embeddings} />
      <section aria-labelledby="providers-heading" className="space-y-3">
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="providers-heading" className="text-lg font-medium">
            Providers
          </h2>
          <Button variant="secondary" size="sm" aria-expanded={adding} onClick={() => setAdding((open) => !open)}>
            {adding ? "Close the form" : "Add a provider"}
          </Button>
        </div>
        {message ? (
          <p role="status" className="text-sm">
            {message}
          </p>
        ) : null}
        {adding ? (
          <div className={cardClass}>
            <AddProviderForm
              types={data.providerTypes}
              onDone={(text) => {
                setAdding(false);
                setMessage(text);
              }}
            />
          </div>
        ) : null}
        <ul aria-label="Providers added at run time" className="space-y-3">
          {data.providers.map((provider) => (
            <ProviderItem
              key={provider.id}
              provider={provider}
              modelCount={data.models.filter((model) => model.provider === provider.name).length}
              agents={data.providerAgents[provider.id] ?? []}
              check={data.checks[provider.id]}
              onMessage={setMessage}
            />
          ))}
        </ul>
        {data.providers.length === 0 ? (
          <p className="text-sm text-zinc-500">No provider added at run time yet.</p>
        ) : null}
        <div className="space-y-1">
          <h3 className="text-sm font-medium">From the server&apos;s environment (read-only)</h3>
          <ul aria-label="Providers from the environment" className="space-y-1 text-sm">
            {data.envProviders.map((provider) => (
              <li key={provider.name} aria-label={provider.name} className="flex flex-wrap gap-x-3">
                <span className="font-medium">{provider.name}</span>
                <span className="text-xs text-zinc-500">{provider.type}</span>
                {provider.endpoint ? <span className="font-mono text-xs">{provider.endpoint}</span> : null}
              </li>
            ))}
          </ul>
          <p className="text-xs text-zinc-500">
            These come from the keys the Letta server was started with; change them there and restart it.
          </p>
        </div>
      </section>
      {data.agentsTruncated ? (
        <p className="text-xs text-zinc-500">
          &ldquo;Used by&rdquo; covers the first {data.agentsScanned.toLocaleString("en")} agents only.
        </p>
      ) : null}
      <ModelCatalog models={data.models} embeddings={data.embeddings} />
    </div>
  );
}
