/** What a part loaded on first use shows while its code arrives: one quiet line (the part's own skeleton when it has one). */
export function Loading({ what, className = "" }: { what: string; className?: string }) {
  return (
    <p aria-busy="true" className={`text-xs text-zinc-500 ${className}`}>
      Loading {what}…
    </p>
  );
}
