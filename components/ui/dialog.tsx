"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import type { ComponentProps, ReactNode } from "react";

/** A modal dialog (Radix): focus moves in and is trapped, Esc closes, focus returns to the opener. */
export const Dialog = DialogPrimitive.Root;

interface DialogContentProps extends Omit<ComponentProps<typeof DialogPrimitive.Content>, "title"> {
  /** The dialog's title: its accessible name. */
  title: ReactNode;
  /** One line under the title: its accessible description (none when left out). */
  description?: ReactNode;
  /**
   * `md` a form or question; `lg` a large, focused editor; `palette` a search box near the top whose title
   * only screen readers see (Esc closes it).
   */
  size?: "md" | "lg" | "palette";
}

const frames = {
  md: "top-1/2 -translate-y-1/2 w-[min(32rem,calc(100vw-2rem))] max-h-[calc(100dvh-2rem)] gap-3 p-4",
  lg: "top-1/2 -translate-y-1/2 w-[min(64rem,calc(100vw-2rem))] h-[min(48rem,calc(100dvh-2rem))] gap-3 p-4",
  palette: "top-[15vh] w-[min(40rem,calc(100vw-2rem))] max-h-[70vh]",
} as const;

export function DialogContent({
  title,
  description,
  size = "md",
  className = "",
  children,
  ...props
}: DialogContentProps) {
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-zinc-950/40" />
      <DialogPrimitive.Content
        {...(description ? {} : { "aria-describedby": undefined })}
        className={`fixed left-1/2 z-50 flex -translate-x-1/2 flex-col overflow-hidden rounded-lg border border-zinc-200 bg-white text-zinc-900 shadow-xl focus:outline-none dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100 ${frames[size]} ${className}`}
        {...props}
      >
        {size === "palette" ? (
          <DialogPrimitive.Title className="sr-only">{title}</DialogPrimitive.Title>
        ) : (
          <div className="flex items-start gap-3">
            <div className="min-w-0 flex-1">
              <DialogPrimitive.Title className="truncate text-base font-semibold">{title}</DialogPrimitive.Title>
              {description ? (
                <DialogPrimitive.Description className="text-xs text-zinc-600 dark:text-zinc-400">
                  {description}
                </DialogPrimitive.Description>
              ) : null}
            </div>
            <DialogPrimitive.Close
              aria-label="Close"
              className="rounded px-2 py-0.5 text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-blue-500 dark:text-zinc-400 dark:hover:bg-zinc-800"
            >
              <span aria-hidden="true">×</span>
            </DialogPrimitive.Close>
          </div>
        )}
        <div className="min-h-0 flex-1 overflow-y-auto">{children}</div>
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}
