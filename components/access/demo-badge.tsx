import { DEMO_NOTE_ID } from "@/lib/access/public";

export function DemoBadge({ chat }: { chat: boolean }) {
  return (
    <p
      id={DEMO_NOTE_ID}
      className="rounded-md bg-amber-100 px-2 py-1 text-xs font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-200"
    >
      Read-only demo: changes are turned off{chat ? "; chatting is allowed" : ""}
    </p>
  );
}
