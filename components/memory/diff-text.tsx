import type { DiffPart } from "@/lib/memory/diff";

/** A diff shown inline: removed text struck through in red, added text in green; the rest as is. */
export function DiffText({
  parts,
  label = "Difference",
  className = "",
}: {
  parts: readonly DiffPart[];
  label?: string;
  className?: string;
}) {
  return (
    <pre
      aria-label={label}
      className={`overflow-auto whitespace-pre-wrap break-words rounded bg-white p-2 font-mono dark:bg-zinc-900 ${className}`}
    >
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
