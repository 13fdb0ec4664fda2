"use client";

import * as TooltipPrimitive from "@radix-ui/react-tooltip";
import { useLayoutEffect, useRef, useState, type ReactElement, type ReactNode } from "react";

interface RadixTooltipProps {
  content: ReactNode;
  children: ReactElement;
  /** The trigger had focus before this replaced it: focus the new one (the tooltip opens on focus). */
  focusOnMount: boolean;
  /** The pointer is over the trigger: start open. */
  openOnMount: boolean;
}

/** The tooltip (Radix): on hover and keyboard focus; the trigger keeps its own accessible name. */
export function RadixTooltip({ content, children, focusOnMount, openOnMount }: RadixTooltipProps) {
  const trigger = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(openOnMount);
  useLayoutEffect(() => {
    if (focusOnMount) trigger.current?.focus();
  }, [focusOnMount]);
  return (
    <TooltipPrimitive.Provider delayDuration={400}>
      <TooltipPrimitive.Root open={open} onOpenChange={setOpen}>
        <TooltipPrimitive.Trigger ref={trigger} asChild>
          {children}
        </TooltipPrimitive.Trigger>
        <TooltipPrimitive.Portal>
          <TooltipPrimitive.Content
            sideOffset={4}
            className="z-50 max-w-xs rounded bg-zinc-900 px-2 py-1 text-xs text-white shadow dark:bg-zinc-100 dark:text-zinc-900"
          >
            {content}
          </TooltipPrimitive.Content>
        </TooltipPrimitive.Portal>
      </TooltipPrimitive.Root>
    </TooltipPrimitive.Provider>
  );
}
