"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import type { ComponentProps, ReactNode } from "react";

/** A modal dialog (Radix): focus moves in and is trapped, Esc closes, focus returns to the opener. */
export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogClose = DialogPrimitive.Close;

interface DialogContentProps extends Omit<ComponentProps<typeof DialogPrimitive.Content>, "title"> {
  /** The dialog's title: its accessible name. */
  title: ReactNode;
  /** One line under the title: its accessible description (none when left out). */
  description?: ReactNode;
  /** `lg` is a large, focused editor; `md` a form or question. */
  size?: "md" | "lg";
}

export function DialogContent({
  title,
  description,
  size = "md",
  className = "",
  children,
  ...props
}: DialogContentProps) {
  const width =
    size === "lg"
      ? "w-[min(64rem,calc(100vw-2rem))] h-[min(48rem,calc(100dvh-2rem))]"
      : "w-[min(32rem,calc(100vw-2rem))] max-h-[calc(100dvh-2rem)]";
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-zinc-950/40" />
      <DialogPrimitive.Content
        {...(description ? {} : { "aria-describedby": undefined })}
        className={`fixed left-1/2 top-1/2 z-50 flex -translate-x-1/2 -translate-y-1/2 flex-col gap-3 overflow-hidden rounded-lg border border-zinc-200 bg-white p-4 shadow-xl focus:outline-none dark:border-zinc-800 dark:bg-zinc-900 ${width} ${className}`}
        {...props}
      >
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
        <div className="min-h-0 flex-1 overflow-y-auto">{children}</div>
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}
