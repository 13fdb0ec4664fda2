import { Button } from "@/components/ui/button";
interface SaveBarProps {
  unsaved: number;
  invalid: number;
  saving: boolean;
  onDiscard: () => void;
}

/**
 * Sticky at the bottom of the panel: how many settings are unsaved, Save and Discard. It reaches down over the
 * pane's padding (nothing shows under it), and the pane keeps fields scrolled into view above it
 * (`data-save-bar`: see WorkspacePane).
 */
export function SaveBar({ unsaved, invalid, saving, onDiscard }: SaveBarProps) {
  return (
    <div
      data-save-bar
      className="sticky -bottom-3 flex flex-wrap items-center justify-between gap-2 border-t border-zinc-200 bg-white pb-5 pt-2 dark:border-zinc-800 dark:bg-zinc-950"
    >
      <p
        role="status"
        className={`text-sm ${unsaved > 0 ? "font-medium text-amber-800 dark:text-amber-300" : "text-zinc-500"}`}
      >
        {unsaved === 0 ? "No unsaved changes" : `${unsaved} unsaved ${unsaved === 1 ? "change" : "changes"}`}
        {invalid > 0 ? ` · ${invalid} to correct` : ""}
      </p>
      <div className="flex gap-2">
        <Button variant="secondary" onClick={onDiscard} disabled={unsaved === 0 || saving}>
          Discard changes
        </Button>
        <Button variant="primary" type="submit" disabled={unsaved === 0 || saving}>
          {saving ? "Saving…" : "Save settings"}
        </Button>
      </div>
    </div>
  );
}
