"use client";

import { useEffect } from "react";
import { useRecentAgents } from "./recent-agents";

/** Records the open agent among the browser's recent agents (renders nothing). */
export function RememberAgent({ id, name }: { id: string; name: string }) {
  const visit = useRecentAgents((state) => state.visit);
  useEffect(() => {
    void Promise.resolve(useRecentAgents.persist.rehydrate()).then(() => visit({ id, name }));
  }, [id, name, visit]);
  return null;
}
