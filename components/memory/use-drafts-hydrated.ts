"use client";

import { useEffect, useState } from "react";
import { useDraftStore } from "./draft-store";

/** Loads the saved drafts from localStorage after the first render; true once they are in the store. */
export function useDraftsHydrated(): boolean {
  // On the server there is no localStorage, and zustand's persist API is absent.
  const [hydrated, setHydrated] = useState(() => typeof window !== "undefined" && useDraftStore.persist.hasHydrated());
  useEffect(() => {
    const loading = useDraftStore.persist.hasHydrated() ? undefined : useDraftStore.persist.rehydrate();
    void Promise.resolve(loading).then(() => setHydrated(true));
  }, []);
  return hydrated;
}
