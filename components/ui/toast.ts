import { toast } from "sonner";

/** The one way the ADE shows toasts (sonner): `toast.success("Saved")`. */
export { toast };

/**
 * A toast for finished work that can be taken back: its Undo button runs `undo` (e.g. attaching a detached
 * block again) and says how that went.
 */
export function toastWithUndo(message: string, undo: () => Promise<unknown>, undone: string): void {
  toast.success(message, {
    action: {
      label: "Undo",
      onClick: () => {
        toast.promise(undo(), {
          loading: "Undoing…",
          success: undone,
          error: (error: unknown) => `Undo failed: ${error instanceof Error ? error.message : String(error)}`,
        });
      },
    },
  });
}
