"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import { Dialog, DialogContent } from "@/components/ui/dialog";

// Markdown rendering loads only when a focused editor opens.
const Markdown = dynamic(() => import("@/components/chat/markdown").then((module) => module.Markdown), {
  loading: () => <p className="text-xs text-zinc-500">Loading preview…</p>,
});

interface BlockFocusDialogProps {
  label: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The value shown in the preview: the draft while there is one. */
  value: string;
  /** The block's editor (the same one as in place: drafts, save and conflicts work the same). */
  editor: ReactNode;
  /** Puts the focus back on the button that opened it (which may have been re-rendered meanwhile). */
  returnFocus: () => void;
}

/**
 * A large, focused editor for one block, with its value rendered as markdown (sanitized) beside it. The card
 * mounts it (and so loads its code) when its button is pressed; focus returns to that button on close.
 */
export function BlockFocusDialog({ label, open, onOpenChange, value, editor, returnFocus }: BlockFocusDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          returnFocus();
        }}
        size="lg"
        title={`Edit block ${label}`}
        description="Changes are kept as a draft until you save."
      >
        <div className="grid h-full gap-4 md:grid-cols-2">
          <div className="min-w-0 [&_textarea]:min-h-[22rem]">{editor}</div>
          <section
            aria-label="Preview"
            className="min-w-0 overflow-y-auto rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-800"
          >
            <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-zinc-500">Preview</h3>
            {value.trim() ? <Markdown text={value} /> : <p className="text-xs text-zinc-500">The block is empty.</p>}
          </section>
        </div>
      </DialogContent>
    </Dialog>
  );
}
