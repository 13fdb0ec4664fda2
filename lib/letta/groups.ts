import "server-only";
import type Letta from "@letta-ai/letta-client";
import { z } from "zod";
import { toLettaGroupUpdate, type GroupUpdate } from "@/lib/groups/manager-config";
import { managerTypes, type GroupAgentRef, type GroupView } from "@/lib/groups/types";
import { withLetta } from "./client";

// SDK 1.12.1 has no groups resource: these are the fields of Letta 0.16.8's `Group` the app reads.
const lettaGroupSchema = z.object({
  id: z.string(),
  manager_type: z.enum(managerTypes),
  agent_ids: z.array(z.string()),
  description: z.string().nullish(),
  manager_agent_id: z.string().nullish(),
  termination_token: z.string().nullish(),
  max_turns: z.number().nullish(),
  sleeptime_agent_frequency: z.number().nullish(),
  turns_counter: z.number().nullish(),
  max_message_buffer_length: z.number().nullish(),
  min_message_buffer_length: z.number().nullish(),
  hidden: z.boolean().nullish(),
});

export type LettaGroup = z.infer<typeof lettaGroupSchema>;

const GROUPS_PAGE_SIZE = 100;

function parseGroup(raw: unknown): LettaGroup {
  return lettaGroupSchema.parse(raw);
}

async function agentNames(client: Letta, ids: Iterable<string>): Promise<Map<string, string | null>> {
  const unique = [...new Set(ids)];
  const names = await Promise.all(
    unique.map(
      async (id) =>
        [
          id,
          await client.agents.retrieve(id).then(
            (agent) => agent.name,
            () => null,
          ),
        ] as const,
    ),
  );
  return new Map(names);
}

function toGroupView(group: LettaGroup, names: Map<string, string | null>): GroupView {
  const ref = (id: string): GroupAgentRef => ({ id, name: names.get(id) ?? null });
  return {
    id: group.id,
    managerType: group.manager_type,
    description: group.description ?? "",
    agents: group.agent_ids.map(ref),
    config: {
      managerAgent: group.manager_agent_id ? ref(group.manager_agent_id) : null,
      sleeptimeAgentFrequency: group.sleeptime_agent_frequency ?? null,
      maxTurns: group.max_turns ?? null,
      terminationToken: group.termination_token ?? null,
      minMessageBufferLength: group.min_message_buffer_length ?? null,
      maxMessageBufferLength: group.max_message_buffer_length ?? null,
    },
    turnsCounter: group.turns_counter ?? null,
    hidden: group.hidden === true,
  };
}

async function viewsOf(client: Letta, groups: LettaGroup[]): Promise<GroupView[]> {
  const names = await agentNames(
    client,
    groups.flatMap((group) => [...group.agent_ids, ...(group.manager_agent_id ? [group.manager_agent_id] : [])]),
  );
  return groups.map((group) => toGroupView(group, names));
}

/** The server's groups (hidden ones too), oldest first, with their agents' names. */
export async function listGroups(): Promise<{ groups: GroupView[]; more: boolean }> {
  return withLetta(async (client) => {
    const raw = await client.get<unknown>("/v1/groups/", {
      query: { limit: GROUPS_PAGE_SIZE + 1, show_hidden_groups: true },
    });
    const groups = z.array(z.unknown()).parse(raw).map(parseGroup);
    return { groups: await viewsOf(client, groups.slice(0, GROUPS_PAGE_SIZE)), more: groups.length > GROUPS_PAGE_SIZE };
  });
}

/** Letta links a sleep-time agent to its group only from the group's side: look through the sleep-time groups. */
export async function findSleeptimeGroupOfMember(client: Letta, agentId: string): Promise<LettaGroup | null> {
  let after: string | undefined;
  for (let page = 0; page < 20; page++) {
    const raw = await client.get<unknown>("/v1/groups/", {
      query: { manager_type: "sleeptime", limit: 100, show_hidden_groups: true, ...(after ? { after } : {}) },
    });
    const groups = z.array(z.unknown()).parse(raw).map(parseGroup);
    const found = groups.find((group) => group.agent_ids.includes(agentId));
    if (found) return found;
    if (groups.length < 100) return null;
    after = groups.at(-1)?.id;
  }
  return null;
}

async function retrieveLettaGroup(client: Letta, groupId: string): Promise<LettaGroup> {
  return parseGroup(await client.get<unknown>(`/v1/groups/${encodeURIComponent(groupId)}`));
}

export async function getGroup(groupId: string): Promise<GroupView> {
  return withLetta(
    async (client) => (await viewsOf(client, [await retrieveLettaGroup(client, groupId)]))[0] as GroupView,
  );
}

/** Changes a group's description or manager config; Letta refuses a change of manager type. */
export async function updateGroup(groupId: string, update: GroupUpdate): Promise<GroupView> {
  return withLetta(async (client) => {
    const raw = await client.patch<unknown>(`/v1/groups/${encodeURIComponent(groupId)}`, {
      body: toLettaGroupUpdate(update),
    });
    return (await viewsOf(client, [parseGroup(raw)]))[0] as GroupView;
  });
}
