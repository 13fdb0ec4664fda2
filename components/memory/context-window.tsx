"use client";

import { useQuery } from "@tanstack/react-query";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { contextQuery } from "@/lib/memory/queries";
import { Button } from "@/components/ui/button";

/** Share of the window at which the panel warns that the agent will soon compact its history. */
const CONTEXT_WARNING_RATIO = 0.8;

const barColors: Record<string, string> = {
  system: "bg-violet-500",
  tools: "bg-sky-500",
  core_memory: "bg-emerald-500",
  tool_rules: "bg-teal-500",
  files: "bg-lime-500",
  external_summary: "bg-zinc-400",
  summary: "bg-amber-500",
  messages: "bg-rose-500",
};

export function ContextWindow({ agentId }: { agentId: string }) {
  const context = useQuery(contextQuery(agentId));
  if (context.error) return <InlineError error={toErrorBody(context.error)} />;
  if (!context.data) return <p className="text-xs text-zinc-500">Loading the context window…</p>;
  const { maxTokens, currentTokens, sections, blocks } = context.data;
  const ratio = maxTokens > 0 ? currentTokens / maxTokens : 0;
  const percent = (tokens: number) => (maxTokens > 0 ? Math.min(100, (tokens / maxTokens) * 100) : 0);

  return (
    <div className="space-y-3 text-xs">
      <p aria-label="Context usage">
        <span className="font-semibold">{currentTokens.toLocaleString("en-US")}</span> of{" "}
        {maxTokens.toLocaleString("en-US")} tokens ({Math.round(ratio * 100)}%)
      </p>
      <div aria-hidden="true" className="flex h-3 w-full overflow-hidden rounded bg-zinc-200 dark:bg-zinc-800">
        {sections.map((section) => (
          <div
            key={section.key}
            className={barColors[section.key] ?? "bg-zinc-500"}
            style={{ width: `${percent(section.tokens)}%` }}
          />
        ))}
      </div>
      {ratio >= CONTEXT_WARNING_RATIO ? (
        <p
          role="alert"
          className="rounded border border-amber-400 bg-amber-50 p-2 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          The context window is {Math.round(ratio * 100)}% full; Letta will soon summarise older messages to make room.
        </p>
      ) : null}
      <table className="w-full" aria-label="Context window breakdown">
        <thead>
          <tr className="text-left text-zinc-500">
            <th className="font-normal">Part</th>
            <th className="text-right font-normal">Tokens</th>
          </tr>
        </thead>
        <tbody>
          {sections.map((section) => (
            <tr key={section.key}>
              <th scope="row" className="flex items-center gap-1 text-left font-normal">
                <span
                  aria-hidden="true"
                  className={`inline-block h-2 w-2 rounded-sm ${barColors[section.key] ?? "bg-zinc-500"}`}
                />
                {section.label}
              </th>
              <td className="text-right font-mono">{section.tokens.toLocaleString("en-US")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {context.data.unreported.length > 0 ? (
        <p className="text-zinc-500">This server does not report: {context.data.unreported.join(", ")}.</p>
      ) : null}
      <p className="text-zinc-500">
        {context.data.messageCount} messages in context, {context.data.recallCount} in recall memory,{" "}
        {context.data.archivalCount} archival passages.
      </p>
      <div>
        <p className="font-medium">Core memory blocks</p>
        <p className="text-zinc-500">
          The server counts core memory tokens only as a whole, not per block; each block&apos;s size in characters:
        </p>
        <ul className="mt-1 space-y-0.5">
          {blocks.map((block) => (
            <li key={block.label} className="flex justify-between font-mono">
              <span>{block.label}</span>
              <span>{block.characters.toLocaleString("en-US")} chars</span>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <p className="font-medium">Open files</p>
        {context.data.openFiles.length === 0 ? (
          <p className="text-zinc-500">No file is open in the context.</p>
        ) : (
          <>
            <p className="text-zinc-500">
              Counted in &ldquo;Files and directories&rdquo;; each open file&apos;s size in characters:
            </p>
            <ul aria-label="Open files in the context" className="mt-1 space-y-0.5">
              {context.data.openFiles.map((file) => (
                <li key={file.name} className="flex justify-between gap-2 font-mono">
                  <span className="break-all">{file.name}</span>
                  <span>{file.characters.toLocaleString("en-US")} chars</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <Button variant="secondary" size="sm" onClick={() => void context.refetch()}>
        Refresh context
      </Button>
    </div>
  );
}
