import type { ExternalToast, toast as sonnerToast } from "sonner";

/**
 * The one way the ADE shows toasts: `toast.success("Saved")`. Sonner's code loads with the first toast: calls
 * made before its toaster listens wait in a queue, and the toaster (`toaster.tsx`) mounts when one is asked for.
 */
type Sonner = typeof sonnerToast;
type Call = (sonner: Sonner) => void;

let ready: Sonner | null = null;
const queue: Call[] = [];
const wanted = new Set<() => void>();

function run(call: Call): void {
  if (ready) return call(ready);
  queue.push(call);
  for (const listener of wanted) listener();
}

/** The toaster calls this once sonner's toaster listens: queued toasts show now. */
export function toasterReady(sonner: Sonner): void {
  ready = sonner;
  for (const call of queue.splice(0)) call(sonner);
}

/** The toaster asks to be told when the first toast is wanted (at once if one already is). */
export function onToastWanted(listener: () => void): () => void {
  wanted.add(listener);
  if (queue.length > 0) listener();
  return () => void wanted.delete(listener);
}

type PromiseOptions<T> = Parameters<typeof sonnerToast.promise<T>>[1];

export const toast = {
  success: (message: string, options?: ExternalToast) => run((sonner) => void sonner.success(message, options)),
  info: (message: string, options?: ExternalToast) => run((sonner) => void sonner.info(message, options)),
  promise: <T>(promise: Promise<T>, options: PromiseOptions<T>) =>
    run((sonner) => void sonner.promise(promise, options)),
};

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
