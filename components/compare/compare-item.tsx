"use client";

import type { ReactNode } from "react";
import type { CompareItem } from "@/lib/compare/diff";
import { formatSetting } from "@/lib/compare/settings";
import type { CompareBlock } from "@/lib/compare/types";
import { TextDiff } from "./text-diff";
import {
  blockCopy,
  settingCopy,
  toolAttach,
  toolDetach,
  type CopyJob,
  type Pair,
  type SideName,
} from "./use-compare-copy";
import { Button } from "@/components/ui/button";

interface ItemProps {
  item: CompareItem;
  pair: Pair;
  run: (job: CopyJob) => void;
  busy: boolean;
}

const sides: SideName[] = ["A", "B"];
const preClass =
  "max-h-48 overflow-auto focus-visible:outline-2 focus-visible:outline-blue-500 whitespace-pre-wrap break-words rounded bg-zinc-50 p-2 font-mono text-xs dark:bg-zinc-950";

function CopyButton({ job, run, busy }: { job: CopyJob | null; run: (job: CopyJob) => void; busy: boolean }) {
  if (!job) return null;
  return (
    <Button variant="secondary" size="sm" disabled={busy} onClick={() => run(job)}>
      {job.title}
    </Button>
  );
}

/** One compared thing: its name, A's side and B's side, and (when they differ) the copy buttons. */
export function CompareItemView(props: ItemProps) {
  const { item } = props;
  return (
    <section
      aria-label={item.label}
      className="space-y-2 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h3 className="text-sm font-semibold first-letter:uppercase">{item.label}</h3>
      <ItemBody {...props} />
    </section>
  );
}

function ItemBody({ item, pair, run, busy }: ItemProps) {
  const copies = !item.equal;
  switch (item.kind) {
    case "setting":
      return (
        <Columns
          label={item.label}
          render={(side) => (
            <>
              <p className="break-words text-sm">{formatSetting(item.key, item[side === "A" ? "a" : "b"])}</p>
              {copies ? (
                <CopyButton job={settingCopy(pair, item.key, { A: item.a, B: item.b }, side)} run={run} busy={busy} />
              ) : null}
            </>
          )}
        />
      );
    case "system":
      return (
        <>
          {copies ? <TextDiff a={item.a} b={item.b} label="System prompt difference" /> : null}
          <Columns
            label={item.label}
            render={(side) => (
              <>
                <details>
                  <summary className="cursor-pointer text-xs text-zinc-600 dark:text-zinc-400">
                    {side}&apos;s system prompt ({item[side === "A" ? "a" : "b"].length.toLocaleString("en")}{" "}
                    characters)
                  </summary>
                  <pre tabIndex={0} aria-label={`${side}'s system prompt`} className={preClass}>
                    {item[side === "A" ? "a" : "b"]}
                  </pre>
                </details>
                {copies ? (
                  <CopyButton job={settingCopy(pair, "system", { A: item.a, B: item.b }, side)} run={run} busy={busy} />
                ) : null}
              </>
            )}
          />
        </>
      );
    case "block":
      return (
        <>
          {item.fields.length > 0 ? (
            <p className="text-xs text-zinc-600 dark:text-zinc-400">Differs in: {item.fields.join(", ")}</p>
          ) : null}
          {item.a && item.b && item.fields.includes("value") ? (
            <TextDiff a={item.a.value} b={item.b.value} label={`Block ${item.blockLabel} difference`} />
          ) : null}
          <Columns
            label={item.label}
            render={(side) => {
              const block = side === "A" ? item.a : item.b;
              return (
                <>
                  {block ? (
                    <BlockSide block={block} label={`${side}'s block ${item.blockLabel}`} />
                  ) : (
                    <p className="text-sm italic">No block {item.blockLabel}</p>
                  )}
                  {copies ? <CopyButton job={blockCopy(pair, item, side)} run={run} busy={busy} /> : null}
                </>
              );
            }}
          />
        </>
      );
    case "tools":
      return (
        <>
          <Columns
            label={item.label}
            render={(side) => {
              const only = side === "A" ? item.onlyA : item.onlyB;
              const otherSide: SideName = side === "A" ? "B" : "A";
              if (only.length === 0) return <p className="text-sm">No tools only on {side}</p>;
              return (
                <ul aria-label={`Tools only on ${side}`} className="space-y-1">
                  {only.map((tool) => (
                    <li key={tool.id} className="flex flex-wrap items-center gap-2 text-sm">
                      <code className="font-mono">{tool.name}</code>
                      <CopyButton job={toolAttach(pair, tool, otherSide)} run={run} busy={busy} />
                      <CopyButton job={toolDetach(pair, tool, side)} run={run} busy={busy} />
                    </li>
                  ))}
                </ul>
              );
            }}
          />
          <Both names={item.both} what="tools" />
        </>
      );
    case "rules":
      return (
        <>
          <Columns
            label={item.label}
            render={(side) => {
              const only = side === "A" ? item.onlyA : item.onlyB;
              if (only.length === 0) return <p className="text-sm">No tool rules only on {side}</p>;
              return (
                <ul aria-label={`Tool rules only on ${side}`} className="space-y-1">
                  {only.map((rule) => (
                    <li key={rule}>
                      <code className="break-all font-mono text-xs">{rule}</code>
                    </li>
                  ))}
                </ul>
              );
            }}
          />
          <Both names={item.both} what="tool rules" />
        </>
      );
  }
}

function Columns({ label, render }: { label: string; render: (side: SideName) => ReactNode }) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {sides.map((side) => (
        <div key={side} role="group" aria-label={`${label} in ${side}`} className="min-w-0 space-y-1">
          <p className="text-xs font-medium text-zinc-600 dark:text-zinc-400">{side}</p>
          {render(side)}
        </div>
      ))}
    </div>
  );
}

function BlockSide({ block, label }: { block: CompareBlock; label: string }) {
  return (
    <>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        {block.value.length.toLocaleString("en")} / {block.limit?.toLocaleString("en") ?? "default"} characters
        {block.readOnly ? ", read-only" : ""}
        {block.description ? ` · ${block.description}` : ""}
      </p>
      <pre tabIndex={0} aria-label={label} className={preClass}>
        {block.value}
      </pre>
    </>
  );
}

function Both({ names, what }: { names: string[]; what: string }) {
  if (names.length === 0) return null;
  return (
    <p className="break-words text-xs text-zinc-600 dark:text-zinc-400">
      On both: {names.length} {what}
      {what === "tools" ? ` (${names.join(", ")})` : null}
    </p>
  );
}
