"use client";

import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

interface PickedStep {
  stepId: string;
  runId: string;
  label: string;
}

interface CompareState {
  picked: PickedStep[];
  toggle: (step: PickedStep) => void;
  clear: () => void;
}

/** The (at most two) steps picked for comparison, kept across inspector pages so two runs can be compared. */
export const useCompareStore = create<CompareState>()(
  persist(
    (set) => ({
      picked: [],
      toggle: (step) =>
        set((state) =>
          state.picked.some((entry) => entry.stepId === step.stepId)
            ? { picked: state.picked.filter((entry) => entry.stepId !== step.stepId) }
            : { picked: [...state.picked, step].slice(-2) },
        ),
      clear: () => set({ picked: [] }),
    }),
    {
      name: "letta-ade.compare-steps",
      version: 1,
      storage: createJSONStorage(() => sessionStorage),
      // Rehydrated in an effect (RunInspector) so the server-rendered HTML and the first client render agree.
      skipHydration: true,
    },
  ),
);
