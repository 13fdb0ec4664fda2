"use client";

import { useState, type ReactNode } from "react";

/**
 * A <details> whose content mounts the first time it is opened (and then stays, so what was typed survives
 * closing it): code split off with `next/dynamic` inside it loads on first use.
 */
export function LazyDetails({
  summary,
  className = "",
  children,
}: {
  summary: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details onToggle={(event) => event.currentTarget.open && setOpened(true)} className={className}>
      <summary className="cursor-pointer font-medium">{summary}</summary>
      {opened ? children : null}
    </details>
  );
}
