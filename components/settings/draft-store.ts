"use client";

import { useEffect, useState } from "react";
import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import type { SettingsForm } from "@/lib/agents/settings";

/** Unsaved settings edits per agent, kept in the browser (and across reloads) until saved or discarded. */
interface SettingsDraftState {
  drafts: Record<string, Partial<SettingsForm>>;
  setField: <Field extends keyof SettingsForm>(
    agentId: string,
    field: Field,
    value: SettingsForm[Field],
    serverValue: SettingsForm[Field],
  ) => void;
  discard: (agentId: string) => void;
}

export const useSettingsDrafts = create<SettingsDraftState>()(
  persist(
    (set) => ({
      drafts: {},
      setField: (agentId, field, value, serverValue) =>
        set((state) => {
          const draft: Partial<SettingsForm> = { ...state.drafts[agentId] };
          // Typing a field back to the server's value is no change any more.
          if (value === serverValue) delete draft[field];
          else draft[field] = value;
          const drafts = { ...state.drafts };
          if (Object.keys(draft).length > 0) drafts[agentId] = draft;
          else delete drafts[agentId];
          return { drafts };
        }),
      discard: (agentId) =>
        set((state) => {
          const drafts = { ...state.drafts };
          delete drafts[agentId];
          return { drafts };
        }),
    }),
    {
      name: "letta-ade.settings-drafts",
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // Rehydrated in an effect so the server-rendered HTML and the first client render agree.
      skipHydration: true,
    },
  ),
);

/** Loads the saved drafts from localStorage after the first render; true once they are in the store. */
export function useSettingsDraftsHydrated(): boolean {
  const [hydrated, setHydrated] = useState(
    () => typeof window !== "undefined" && useSettingsDrafts.persist.hasHydrated(),
  );
  useEffect(() => {
    const loading = useSettingsDrafts.persist.hasHydrated() ? undefined : useSettingsDrafts.persist.rehydrate();
    void Promise.resolve(loading).then(() => setHydrated(true));
  }, []);
  return hydrated;
}

/** How many fields of an agent's settings hold unsaved edits. */
export function useUnsavedCount(agentId: string): number {
  const hydrated = useSettingsDraftsHydrated();
  const count = useSettingsDrafts((state) => Object.keys(state.drafts[agentId] ?? {}).length);
  return hydrated ? count : 0;
}
