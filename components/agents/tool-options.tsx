"use client";

import { archivalToolNames } from "@/lib/agents/defaults";
import type { ToolOption } from "@/lib/tools/types";

interface ToolOptionsProps {
  tools: ToolOption[];
  includeBaseTools: boolean;
  toolNames: string[];
  onIncludeBaseTools: (value: boolean) => void;
  onToolNames: (names: string[]) => void;
}

export function ToolOptions({ tools, includeBaseTools, toolNames, onIncludeBaseTools, onToolNames }: ToolOptionsProps) {
  const archival = archivalToolNames.every((name) => toolNames.includes(name));
  const toggle = (names: readonly string[], on: boolean) =>
    onToolNames(on ? [...new Set([...toolNames, ...names])] : toolNames.filter((name) => !names.includes(name)));

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Tools</legend>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          checked={includeBaseTools}
          onChange={(event) => onIncludeBaseTools(event.target.checked)}
          className="mt-1"
        />
        <span>
          Base tools
          <span className="block text-xs text-zinc-500">
            Memory editing and conversation search (memory_insert, memory_replace, …).
          </span>
        </span>
      </label>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          checked={archival}
          onChange={(event) => toggle(archivalToolNames, event.target.checked)}
          className="mt-1"
        />
        <span>
          Archival memory tools
          <span className="block text-xs text-zinc-500">
            {archivalToolNames.join(", ")}: long-term memory outside the context window.
          </span>
        </span>
      </label>
      {tools.length > 0 ? (
        <div className="space-y-1">
          <p className="text-xs text-zinc-500">Custom tools on this server</p>
          {tools.map((tool) => (
            <label key={tool.id} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                checked={toolNames.includes(tool.name)}
                onChange={(event) => toggle([tool.name], event.target.checked)}
                className="mt-1"
              />
              <span>
                <span className="font-mono">{tool.name}</span>
                {tool.description ? <span className="block text-xs text-zinc-500">{tool.description}</span> : null}
              </span>
            </label>
          ))}
        </div>
      ) : (
        <p className="text-xs text-zinc-500">The server has no custom tools yet.</p>
      )}
    </fieldset>
  );
}
