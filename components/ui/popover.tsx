"use client";

import * as PopoverPrimitive from "@radix-ui/react-popover";
import type { ComponentProps } from "react";

/** A popover (Radix): opens from its trigger, Esc or a click outside closes it and focus returns. */
export const Popover = PopoverPrimitive.Root;
export const PopoverTrigger = PopoverPrimitive.Trigger;
export function PopoverContent({ className = "", ...props }: ComponentProps<typeof PopoverPrimitive.Content>) {
  return (
    <PopoverPrimitive.Portal>
      <PopoverPrimitive.Content
        sideOffset={6}
        align="start"
        className={`z-50 rounded-lg border border-zinc-200 bg-white p-2 text-sm shadow-lg focus:outline-none dark:border-zinc-800 dark:bg-zinc-900 ${className}`}
        {...props}
      />
    </PopoverPrimitive.Portal>
  );
}
