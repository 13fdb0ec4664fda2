"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import type { ToolSummary } from "@/lib/tools/types";
import { toolKeys } from "@/lib/query-keys";
import { toolLibraryQuery } from "@/lib/tools/queries";
import { ToolKindBadge } from "./tool-kind-badge";
import { ToolWorkbench } from "./tool-workbench";
import { Button } from "@/components/ui/button";

type Selection = { kind: "none" } | { kind: "new" } | { kind: "tool"; id: string };

/** The server's tools with search, and the workbench for the one chosen (or a new one). */
export function ToolLibrary({ initialTools }: { initialTools: ToolSummary[] }) {
  const queryClient = useQueryClient();
  const [search, setSearch] = useState("");
  const [selection, setSelection] = useState<Selection>({ kind: "none" });
  const deferred = useDeferredValue(search.trim());
  const tools = useQuery({ ...toolLibraryQuery(deferred), initialData: deferred === "" ? initialTools : undefined });
  const refresh = () => queryClient.invalidateQueries({ queryKey: toolKeys.all() });

  return (
    <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
      <section aria-label="Tool list" className="space-y-2">
        <div className="flex gap-2">
          <label className="flex-1 text-xs">
            <span className="sr-only">Search tools</span>
            <input
              type="search"
              aria-label="Search tools"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              placeholder="Search by name"
              className="w-full rounded border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-950"
            />
          </label>
          <Button variant="primary" size="sm" onClick={() => setSelection({ kind: "new" })}>
            New tool
          </Button>
        </div>
        {tools.error ? <InlineError error={toErrorBody(tools.error)} /> : null}
        {tools.data && tools.data.length === 0 ? (
          <p className="text-xs text-zinc-500">
            {deferred ? "No tool name contains that." : "No tools on the server yet."}
          </p>
        ) : null}
        <ul className="max-h-[70vh] space-y-1 overflow-y-auto">
          {(tools.data ?? []).map((tool) => (
            <li key={tool.id}>
              <Button
                variant="secondary"
                size="sm"
                aria-current={selection.kind === "tool" && selection.id === tool.id ? "true" : undefined}
                onClick={() => setSelection({ kind: "tool", id: tool.id })}
                className="w-full text-left aria-[current=true]:border-zinc-900 dark:aria-[current=true]:border-zinc-100"
              >
                <span className="flex items-center justify-between gap-2">
                  <span className="truncate font-mono">{tool.name}</span>
                  <ToolKindBadge kind={tool.kind} mcpServer={tool.mcpServer} />
                </span>
                {tool.description ? (
                  <span className="mt-0.5 block truncate text-zinc-500">{tool.description}</span>
                ) : null}
              </Button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="Tool workbench" className="min-w-0">
        {selection.kind === "none" ? (
          <p className="text-sm text-zinc-500">Choose a tool to see, edit or run it, or make a new one.</p>
        ) : (
          <ToolWorkbench
            key={selection.kind === "tool" ? selection.id : "new"}
            toolId={selection.kind === "tool" ? selection.id : null}
            onSaved={(id) => {
              void refresh();
              setSelection({ kind: "tool", id });
            }}
            onDeleted={() => {
              void refresh();
              setSelection({ kind: "none" });
            }}
          />
        )}
      </section>
    </div>
  );
}
