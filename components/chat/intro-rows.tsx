import { Button } from "@/components/ui/button";

/** The look every message of the transcript shares. */
export const messageFrame = "rounded-lg border px-3 py-2 text-sm";
/** Longer messages and results start collapsed. */
export const longText = 600;

interface StartRowProps {
  hasOlder: boolean;
  loadingOlder: boolean;
  onLoadOlder: () => void;
}

/** The transcript's first row: the way to older messages, or the start of the conversation. */
export function StartRow({ hasOlder, loadingOlder, onLoadOlder }: StartRowProps) {
  if (loadingOlder) return <p className="text-center text-xs text-zinc-500">Loading older messages…</p>;
  if (hasOlder)
    return (
      <Button variant="ghost" size="sm" onClick={onLoadOlder} className="mx-auto underline">
        Load older messages
      </Button>
    );
  return <p className="text-center text-xs text-zinc-500">Start of the conversation</p>;
}

/** The system prompt as the agent's history holds it, collapsed when long. */
export function SystemMessage({ text }: { text: string }) {
  return (
    <details
      open={text.length <= longText}
      aria-label="System message"
      className={`${messageFrame} border-zinc-300 bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-800`}
    >
      <summary className="cursor-pointer text-xs font-medium uppercase tracking-wide">System message</summary>
      <p className="mt-1 whitespace-pre-wrap break-words font-mono text-xs">{text}</p>
    </details>
  );
}
