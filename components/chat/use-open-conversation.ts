"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback } from "react";

/** Opens one of the agent's conversations (null: its own history); the URL says which, so a link opens the same view. */
export function useOpenConversation() {
  const router = useRouter();
  const pathname = usePathname();
  return useCallback(
    (id: string | null) => router.push(id ? `${pathname}?conversation=${encodeURIComponent(id)}` : pathname),
    [router, pathname],
  );
}
