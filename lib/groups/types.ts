/** The app's own view of a Letta multi-agent group (built in lib/letta/groups.ts). */

export const managerTypes = ["sleeptime", "round_robin", "supervisor", "dynamic", "voice_sleeptime", "swarm"] as const;
export type ManagerType = (typeof managerTypes)[number];

export const managerTypeLabels: Record<ManagerType, string> = {
  sleeptime: "Sleep-time",
  round_robin: "Round robin",
  supervisor: "Supervisor",
  dynamic: "Dynamic",
  voice_sleeptime: "Voice sleep-time",
  swarm: "Swarm",
};

export interface GroupAgentRef {
  id: string;
  /** Null when the agent no longer exists on the server. */
  name: string | null;
}

interface ManagerConfigView {
  managerAgent: GroupAgentRef | null;
  sleeptimeAgentFrequency: number | null;
  maxTurns: number | null;
  terminationToken: string | null;
  minMessageBufferLength: number | null;
  maxMessageBufferLength: number | null;
}

export interface GroupView {
  id: string;
  managerType: ManagerType;
  description: string;
  agents: GroupAgentRef[];
  config: ManagerConfigView;
  turnsCounter: number | null;
  hidden: boolean;
}
