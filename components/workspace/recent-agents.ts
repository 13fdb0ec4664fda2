"use client";

import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

export interface RecentAgent {
  id: string;
  name: string;
}

const KEEP = 8;

interface RecentAgentsState {
  agents: RecentAgent[];
  /** Puts the agent first (renamed agents get their new name). */
  visit: (agent: RecentAgent) => void;
  forget: (agentId: string) => void;
}

/** The agents this browser opened last, newest first, for the agent switcher. */
export const useRecentAgents = create<RecentAgentsState>()(
  persist(
    (set) => ({
      agents: [],
      visit: (agent) =>
        set((state) => ({ agents: [agent, ...state.agents.filter((item) => item.id !== agent.id)].slice(0, KEEP) })),
      forget: (agentId) => set((state) => ({ agents: state.agents.filter((item) => item.id !== agentId) })),
    }),
    {
      name: "letta-ade.recent-agents",
      version: 1,
      storage: createJSONStorage(() => localStorage),
      skipHydration: true,
    },
  ),
);
