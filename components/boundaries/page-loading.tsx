/** What a page shows at once while its server render waits on Letta. */
export function PageLoading({ what }: { what: string }) {
  return (
    <div
      role="status"
      aria-live="polite"
      className="flex items-center gap-2 py-8 text-sm text-zinc-600 dark:text-zinc-400"
    >
      <span
        aria-hidden="true"
        className="h-4 w-4 animate-spin rounded-full border-2 border-zinc-300 border-t-zinc-700 motion-reduce:animate-none dark:border-zinc-700 dark:border-t-zinc-200"
      />
      Loading {what}…
    </div>
  );
}
