"use client";

import { createContext, useContext, type ReactNode } from "react";
import { DEMO_NOTE_ID, DEMO_REASON, publicAccess, type AccessInfo } from "@/lib/access/public";

const AccessContext = createContext<AccessInfo>(publicAccess);

export function AccessProvider({ value, children }: { value: AccessInfo; children: ReactNode }) {
  return <AccessContext.Provider value={value}>{children}</AccessContext.Provider>;
}

function useAccess(): AccessInfo {
  return useContext(AccessContext);
}

/**
 * Props for a control that changes something: in demo mode it is disabled, says why on hover and points
 * assistive technology at the header's note. `chat` marks controls a demo allows when chatting is on.
 */
export function useDemoLock(kind: "change" | "chat" = "change") {
  const { demo, demoChat } = useAccess();
  const locked = demo && !(kind === "chat" && demoChat);
  return {
    locked,
    props: locked ? { disabled: true, title: DEMO_REASON, "aria-describedby": DEMO_NOTE_ID } : {},
  };
}
