const badge = "rounded px-1.5 text-[10px] uppercase";

/** What a block card says about a block at a glance: read-only, shared with other agents, an unsaved draft. */
export function BlockBadges({ readOnly, shared, unsaved }: { readOnly: boolean; shared: boolean; unsaved: boolean }) {
  return (
    <>
      {readOnly ? <span className={`${badge} bg-zinc-200 dark:bg-zinc-700`}>read-only</span> : null}
      {shared ? (
        <span className={`${badge} bg-blue-100 text-blue-800 dark:bg-blue-950 dark:text-blue-200`}>shared</span>
      ) : null}
      {unsaved ? (
        <span className={`${badge} bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-200`}>unsaved</span>
      ) : null}
    </>
  );
}
