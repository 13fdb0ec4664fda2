"use client";

import { useId, useState } from "react";
import type { CatalogEmbedding, CatalogModel } from "@/lib/providers/types";
import { AgentLinks } from "./agent-links";

const tableClass = "w-full rounded-lg border border-zinc-200 bg-white text-sm dark:border-zinc-800 dark:bg-zinc-900";
const headClass = "bg-zinc-100 text-left text-xs uppercase tracking-wide text-zinc-500 dark:bg-zinc-800";

/** Every chat and embedding model the server offers, with its provider and the agents that use it. */
export function ModelCatalog({ models, embeddings }: { models: CatalogModel[]; embeddings: CatalogEmbedding[] }) {
  const id = useId();
  const [provider, setProvider] = useState("");
  const providers = [...new Set([...models, ...embeddings].map((item) => item.provider))].sort();
  const shownModels = provider ? models.filter((model) => model.provider === provider) : models;
  const shownEmbeddings = provider ? embeddings.filter((embedding) => embedding.provider === provider) : embeddings;
  return (
    <div className="space-y-6">
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="text-sm font-medium">
          Filter by provider
        </label>
        <select
          id={id}
          value={provider}
          onChange={(event) => setProvider(event.target.value)}
          className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-950"
        >
          <option value="">All providers</option>
          {providers.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <section aria-label="Chat models" className="space-y-2">
        <h2 className="text-lg font-medium">Chat models</h2>
        {shownModels.length === 0 ? (
          <p className="text-sm text-zinc-500">None.</p>
        ) : (
          <table className={tableClass}>
            <TableHead columns={["Handle", "Provider", "Context window", "Used by"]} />
            <tbody>
              {shownModels.map((model) => (
                <tr key={`${model.provider} ${model.handle}`} className="border-t border-zinc-200 dark:border-zinc-800">
                  <td className="px-3 py-2 font-mono text-xs">{model.handle}</td>
                  <td className="px-3 py-2">
                    {model.provider}{" "}
                    <span className="text-xs text-zinc-500">
                      ({model.category === "byok" ? "added at run time" : "environment"})
                    </span>
                  </td>
                  <td className="px-3 py-2">{model.contextWindow.toLocaleString("en")}</td>
                  <td className="px-3 py-2">
                    <AgentLinks agents={model.agents} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-label="Embedding models" className="space-y-2">
        <h2 className="text-lg font-medium">Embedding models</h2>
        {shownEmbeddings.length === 0 ? (
          <p className="text-sm text-zinc-500">None.</p>
        ) : (
          <table className={tableClass}>
            <TableHead columns={["Handle", "Provider", "Dimensions", "Used by"]} />
            <tbody>
              {shownEmbeddings.map((embedding) => (
                <tr key={embedding.handle} className="border-t border-zinc-200 dark:border-zinc-800">
                  <td className="px-3 py-2 font-mono text-xs">{embedding.handle}</td>
                  <td className="px-3 py-2">{embedding.provider}</td>
                  <td className="px-3 py-2">{embedding.dimensions}</td>
                  <td className="px-3 py-2">
                    <AgentLinks agents={embedding.agents} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

function TableHead({ columns }: { columns: string[] }) {
  return (
    <thead className={headClass}>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col" className="px-3 py-2">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
