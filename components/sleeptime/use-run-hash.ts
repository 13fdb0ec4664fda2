"use client";

import { useEffect, useState } from "react";

const PREFIX = "#sleeptime-run-";

/** The run named in the page's address (`#sleeptime-run-<id>`, the chat's links), followed as it changes. */
export function useRunHash(): string | null {
  const [runId, setRunId] = useState<string | null>(null);
  useEffect(() => {
    const read = () =>
      setRunId(
        window.location.hash.startsWith(PREFIX) ? decodeURIComponent(window.location.hash.slice(PREFIX.length)) : null,
      );
    read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, []);
  return runId;
}
