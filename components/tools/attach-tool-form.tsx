"use client";

import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useState, type FormEvent } from "react";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { toolKindLabel } from "@/lib/tools/kind";
import type { AgentTool } from "@/lib/tools/types";
import { toolLibraryQuery } from "@/lib/tools/queries";
import { useAttachTool } from "./use-agent-tool-changes";

const fieldClass = "w-full rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-950";

/** Attaches a tool from the server's library (Letta's own, custom and MCP tools), found by name. */
export function AttachToolForm({ agentId, attached }: { agentId: string; attached: AgentTool[] }) {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const [toolId, setToolId] = useState("");
  const deferred = useDeferredValue(search.trim());
  const library = useQuery({ ...toolLibraryQuery(deferred), enabled: open });
  const attachedIds = new Set(attached.map((tool) => tool.id));
  const candidates = (library.data ?? []).filter((tool) => !attachedIds.has(tool.id));
  const attach = useAttachTool(agentId, () => setToolId(""));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const tool = candidates.find((candidate) => candidate.id === toolId);
    if (tool) attach.mutate({ tool });
  };

  return (
    <details
      onToggle={(event) => setOpen(event.currentTarget.open)}
      className="rounded-lg border border-dashed border-zinc-300 p-3 text-xs dark:border-zinc-700"
    >
      <summary className="cursor-pointer font-medium">Attach a tool</summary>
      <form aria-label="Attach a tool" onSubmit={submit} className="mt-2 space-y-2">
        {library.error ? <InlineError error={toErrorBody(library.error)} /> : null}
        <label className="block">
          Find a tool
          <input
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder="Part of its name"
            className={fieldClass}
          />
        </label>
        <label className="block">
          Tool to attach
          <select value={toolId} onChange={(event) => setToolId(event.target.value)} className={fieldClass}>
            <option value="">
              {library.isFetching ? "Loading…" : candidates.length === 0 ? "No other tools match" : "Choose a tool"}
            </option>
            {candidates.map((tool) => (
              <option key={tool.id} value={tool.id}>
                {tool.name} ({toolKindLabel[tool.kind]}
                {tool.mcpServer ? ` · ${tool.mcpServer}` : ""})
              </option>
            ))}
          </select>
        </label>
        <InlineError error={attach.error ? toErrorBody(attach.error) : null} />
        <button
          type="submit"
          disabled={!toolId || attach.isPending}
          className="rounded bg-zinc-900 px-2 py-1 font-medium text-white disabled:opacity-40 dark:bg-zinc-100 dark:text-zinc-900"
        >
          Attach
        </button>
      </form>
    </details>
  );
}
