"use client";

import { useMemo } from "react";
import { DiffText } from "@/components/memory/diff-text";
import { diffTexts } from "@/lib/memory/diff";
import { Button } from "@/components/ui/button";

/** Both versions of a block's value and what the user's draft changes relative to the server's. */
export function BlockConflict({
  mine,
  theirs,
  onKeepMine,
  onTakeTheirs,
  busy,
}: {
  mine: string;
  theirs: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  busy: boolean;
}) {
  const parts = useMemo(() => diffTexts(theirs, mine), [theirs, mine]);
  return (
    <div
      role="group"
      aria-label="Conflicting versions"
      className="space-y-2 rounded border border-amber-400 bg-amber-50 p-2 text-xs dark:border-amber-700 dark:bg-amber-950"
    >
      <p className="font-medium text-amber-900 dark:text-amber-100">
        The block changed on the server since you started editing. Nothing was saved. Choose which version to keep.
      </p>
      <Version title="Server version" text={theirs} />
      <Version title="Your version" text={mine} />
      <figure>
        <figcaption className="font-medium">Changes from the server version to yours</figcaption>
        <DiffText parts={parts} className="mt-1 max-h-48" />
      </figure>
      <div className="flex flex-wrap gap-2">
        <Button variant="ghost" size="sm" disabled={busy} onClick={onKeepMine}>
          Keep mine (overwrite)
        </Button>
        <Button variant="secondary" size="sm" disabled={busy} onClick={onTakeTheirs}>
          Take theirs (discard my draft)
        </Button>
      </div>
    </div>
  );
}

function Version({ title, text }: { title: string; text: string }) {
  return (
    <figure>
      <figcaption className="font-medium">{title}</figcaption>
      <pre
        aria-label={title}
        className="mt-1 max-h-32 overflow-auto whitespace-pre-wrap break-words rounded bg-white p-2 font-mono dark:bg-zinc-900"
      >
        {text}
      </pre>
    </figure>
  );
}
