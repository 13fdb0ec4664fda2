import type { DiffPart } from "@/lib/memory/diff";

/** A block value's change as text with insertions and deletions marked. */
export function DiffView({ parts, label }: { parts: readonly DiffPart[]; label: string }) {
  return (
    <pre aria-label={label} className="max-h-48 overflow-auto whitespace-pre-wrap break-words rounded bg-zinc-50 p-2 font-mono dark:bg-zinc-950">
      {parts.map((part, index) =>
        part.kind === "added" ? (
          <ins key={index} className="bg-green-200 no-underline dark:bg-green-900">
            {part.text}
          </ins>
        ) : part.kind === "removed" ? (
          <del key={index} className="bg-red-200 dark:bg-red-900">
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </pre>
  );
}
