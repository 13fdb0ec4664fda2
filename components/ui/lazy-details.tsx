"use client";

import { useState, type ReactNode } from "react";

const foldedFormClass = "rounded-lg border border-dashed border-zinc-300 p-3 text-xs dark:border-zinc-700";

/**
 * A <details> whose content mounts the first time it is opened (and then stays, so what was typed survives
 * closing it): code split off with `next/dynamic` inside it loads on first use. Content given as a function is
 * told whether the details are open (to read data only while they are). It looks like a folded form unless
 * `className` says otherwise.
 */
export function LazyDetails({
  summary,
  className = foldedFormClass,
  children,
}: {
  summary: ReactNode;
  className?: string;
  children: ReactNode | ((open: boolean) => ReactNode);
}) {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  return (
    <details
      onToggle={(event) => {
        const nowOpen = event.currentTarget.open;
        setOpen(nowOpen);
        if (nowOpen) setOpened(true);
      }}
      className={className}
    >
      <summary className="cursor-pointer font-medium">{summary}</summary>
      {opened ? (typeof children === "function" ? children(open) : children) : null}
    </details>
  );
}
