"use client";

import { CopyButton } from "@/components/ui/copy-button";

/** A piece of generated code with its copy button; the code is shown as text, never as markup. */
export function CodeBlock({ title, code }: { title: string; code: string }) {
  return (
    <section aria-label={title} className="space-y-1">
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-xs font-semibold">{title}</h3>
        <CopyButton text={code} label={`Copy ${title.charAt(0).toLowerCase()}${title.slice(1)}`} />
      </div>
      <pre
        tabIndex={0}
        aria-label={`${title} (code)`}
        className="max-h-96 overflow-auto rounded border border-zinc-200 bg-zinc-50 p-2 font-mono text-xs dark:border-zinc-800 dark:bg-zinc-900"
      >
        <code>{code}</code>
      </pre>
    </section>
  );
}
