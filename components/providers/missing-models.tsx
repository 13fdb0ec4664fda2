"use client";

import Link from "next/link";
import type { CatalogEmbedding, CatalogModel, MissingModel } from "@/lib/providers/types";
import { SwitchModel } from "./switch-model";

/** Models agents use that the server no longer offers, each agent with a one-click switch. */
export function MissingModels({
  missing,
  models,
  embeddings,
}: {
  missing: MissingModel[];
  models: CatalogModel[];
  embeddings: CatalogEmbedding[];
}) {
  if (missing.length === 0) return null;
  return (
    <section
      aria-label="Models no longer offered"
      className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <h2 className="text-lg font-medium">Models no longer offered</h2>
      <ul className="space-y-3">
        {missing.map((entry) => (
          <li key={`${entry.kind} ${entry.handle} ${entry.provider ?? ""}`} className="space-y-2">
            <p>
              {entry.kind === "model" ? "Chat model" : "Embedding model"}{" "}
              <span className="font-mono text-xs">{entry.handle}</span>
              {entry.provider ? (
                <>
                  {" "}
                  from <span className="font-mono text-xs">{entry.provider}</span>
                </>
              ) : null}
              : the server no longer offers it, and{" "}
              {entry.agents.length === 1 ? "one agent uses" : `${entry.agents.length} agents use`} it.
            </p>
            <ul className="space-y-2 pl-4">
              {entry.agents.map((agent) => (
                <li key={agent.id} aria-label={`Agent ${agent.name}`} className="space-y-1">
                  <Link href={`/agents/${encodeURIComponent(agent.id)}`} className="underline">
                    {agent.name}
                  </Link>
                  <SwitchModel
                    agentId={agent.id}
                    agentName={agent.name}
                    kind={entry.kind}
                    options={(entry.kind === "model" ? models : embeddings).map(({ handle, provider }) => ({
                      handle,
                      provider,
                    }))}
                  />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
