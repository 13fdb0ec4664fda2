/** An agent's tags as small chips. */
export function TagList({ label, tags }: { label: string; tags: string[] }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1">
      {tags.map((tag) => (
        <li key={tag} className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs dark:bg-zinc-800">
          {tag}
        </li>
      ))}
    </ul>
  );
}
