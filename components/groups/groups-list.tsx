"use client";

import { useQuery } from "@tanstack/react-query";
import { apiUrl, fetchJson } from "@/lib/fetch-json";
import type { GroupView } from "@/lib/groups/types";
import { GroupCard } from "./group-card";
import { groupKeys } from "@/lib/query-keys";

export type GroupList = { groups: GroupView[]; more: boolean };

export function GroupsList({ initial }: { initial: GroupList }) {
  const list = useQuery({
    queryKey: groupKeys.list(),
    queryFn: () => fetchJson<GroupList>(apiUrl(["groups"])),
    initialData: initial,
  });
  const { groups, more } = list.data;
  return (
    <div className="space-y-3">
      {groups.length === 0 ? (
        <p className="text-sm text-zinc-500">
          The server has no groups. Switch on sleep-time for an agent, or import an agent file that holds a group.
        </p>
      ) : null}
      <ul aria-label="Groups" className="space-y-3">
        {groups.map((group) => (
          <GroupCard key={group.id} group={group} />
        ))}
      </ul>
      {more ? <p className="text-sm text-zinc-500">Showing the oldest {groups.length} groups.</p> : null}
    </div>
  );
}
