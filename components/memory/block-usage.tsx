/** A block's characters used against its limit, as a bar with the figures beside it. */
export function BlockUsage({ label, used, limit }: { label: string; used: number; limit: number }) {
  const share = limit > 0 ? Math.min(used / limit, 1) : 1;
  const over = used > limit;
  const tone = over ? "bg-red-600" : share > 0.9 ? "bg-amber-500" : "bg-blue-600";
  return (
    <div className="flex items-center gap-2 text-[11px] text-zinc-600 dark:text-zinc-400">
      <meter
        aria-label={`Characters used in ${label}`}
        min={0}
        max={limit}
        value={Math.min(used, limit)}
        className="sr-only"
      />
      <span aria-hidden="true" className="h-1.5 flex-1 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800">
        <span className={`block h-full ${tone}`} style={{ width: `${share * 100}%` }} />
      </span>
      <span className={`tabular-nums ${over ? "font-semibold text-red-700 dark:text-red-400" : ""}`}>
        {used.toLocaleString("en")} / {limit.toLocaleString("en")}
      </span>
    </div>
  );
}
