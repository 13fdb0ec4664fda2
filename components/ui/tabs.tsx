"use client";

import * as TabsPrimitive from "@radix-ui/react-tabs";
import type { ComponentProps } from "react";

/**
 * Tabs (Radix): arrow keys move between tabs, Home/End jump, each panel is labelled by its tab. Tabs that do
 * not fit on one line wrap to a second (every tab stays in sight; none scrolls away).
 */
export const Tabs = TabsPrimitive.Root;

export function TabsList({ className = "", ...props }: ComponentProps<typeof TabsPrimitive.List>) {
  return (
    <TabsPrimitive.List
      className={`flex shrink-0 flex-wrap gap-x-1 border-b border-zinc-200 text-sm dark:border-zinc-800 ${className}`}
      {...props}
    />
  );
}

export function TabsTrigger({ className = "", ...props }: ComponentProps<typeof TabsPrimitive.Trigger>) {
  return (
    <TabsPrimitive.Trigger
      className={`-mb-px whitespace-nowrap rounded-t border-b-2 border-transparent px-2 py-1 text-zinc-600 hover:text-zinc-950 focus-visible:outline-2 focus-visible:outline-blue-500 data-[state=active]:border-zinc-900 data-[state=active]:font-semibold data-[state=active]:text-zinc-950 dark:text-zinc-400 dark:hover:text-white dark:data-[state=active]:border-zinc-100 dark:data-[state=active]:text-zinc-50 ${className}`}
      {...props}
    />
  );
}

export function TabsContent({ className = "", ...props }: ComponentProps<typeof TabsPrimitive.Content>) {
  return (
    <TabsPrimitive.Content
      className={`focus-visible:outline-2 focus-visible:outline-blue-500 ${className}`}
      {...props}
    />
  );
}
