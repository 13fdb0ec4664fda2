"use client";

import dynamic from "next/dynamic";
import { useRef, useState, type ReactNode } from "react";
import { Tooltip } from "@/components/ui/tooltip";
import type { MemoryBlock } from "@/lib/memory/types";
import { BlockBadges } from "./block-badges";
import { BlockUsage } from "./block-usage";
import { useDraftStore } from "./draft-store";
import { Button } from "@/components/ui/button";

interface BlockCardProps {
  block: MemoryBlock;
  agentId: string;
  /** The block's editor (BlockEditor), shown in place when the card is open or in the focused editor. */
  editor: ReactNode;
  /** Shown under the editor when the card is open in place (the block's history). */
  details?: ReactNode;
}

// The focused editor's code (Radix dialog, markdown preview) loads when it is first opened.
const BlockFocusDialog = dynamic(() => import("./block-focus-dialog").then((mod) => mod.BlockFocusDialog), {
  ssr: false,
});

/**
 * A memory block at a glance: label, characters used against the limit, the first lines, badges. It opens in
 * place (the editor under the card) or in a large focused editor; a block with an unsaved draft opens in place.
 */
export function BlockCard({ block, agentId, editor, details }: BlockCardProps) {
  const draft = useDraftStore((state) => state.drafts[block.id]);
  const [openInPlace, setOpenInPlace] = useState<boolean | null>(null);
  const [focused, setFocused] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const expanded = (openInPlace ?? draft !== undefined) && !focused;
  const value = draft?.value ?? block.value;
  const limit = draft?.limit ?? block.limit;
  const shared = block.agents.some((agent) => agent.id !== agentId);
  return (
    <article
      aria-label={`Memory block ${block.label}`}
      className="space-y-1.5 rounded-lg border border-zinc-200 bg-white p-2 [contain-intrinsic-size:auto_6rem] [content-visibility:auto] dark:border-zinc-800 dark:bg-zinc-900"
    >
      <header className="flex items-center gap-1.5">
        <h3 className="min-w-0 truncate font-mono text-xs font-semibold">{block.label}</h3>
        <BlockBadges readOnly={draft?.readOnly ?? block.readOnly} shared={shared} unsaved={draft !== undefined} />
        <span className="ml-auto flex shrink-0 gap-1">
          <Button
            variant="secondary"
            size="sm"
            aria-expanded={expanded}
            aria-label={`${expanded ? "Close" : "Edit"} ${block.label}`}
            onClick={() => setOpenInPlace(!expanded)}
          >
            {expanded ? "Close" : "Edit"}
          </Button>
          <Tooltip content="Open in a large editor with a preview">
            <Button
              variant="secondary"
              size="sm"
              ref={opener}
              aria-haspopup="dialog"
              aria-expanded={focused}
              aria-label={`Open ${block.label} in the focused editor`}
              onClick={() => setFocused(true)}
            >
              <span aria-hidden="true">⤢</span>
            </Button>
          </Tooltip>
          {focused ? (
            <BlockFocusDialog
              label={block.label}
              open={focused}
              onOpenChange={setFocused}
              value={value}
              editor={editor}
              returnFocus={() => opener.current?.focus()}
            />
          ) : null}
        </span>
      </header>
      <BlockUsage label={block.label} used={value.length} limit={limit} />
      {expanded ? null : (
        <p className="line-clamp-3 whitespace-pre-line break-words font-mono text-[11px] text-zinc-700 dark:text-zinc-300">
          {value.trim() ? value : <span className="italic text-zinc-500">empty</span>}
        </p>
      )}
      {expanded ? (
        <div className="space-y-1">
          {editor}
          {details}
        </div>
      ) : null}
    </article>
  );
}
