"use client";

import { managerTypeLabels, type GroupView } from "@/lib/groups/types";
import { AgentLink } from "./agent-link";
import { GroupConfigForm } from "./group-config-form";

function configRows(group: GroupView): Array<[string, string]> {
  const { config } = group;
  const rows: Array<[string, string | number | null]> = [
    ["Sleep-time frequency (every N turns)", config.sleeptimeAgentFrequency],
    ["Turns counted", group.managerType === "sleeptime" ? group.turnsCounter : null],
    ["Max turns", config.maxTurns],
    ["Termination token", config.terminationToken],
    ["Min message buffer", config.minMessageBufferLength],
    ["Max message buffer", config.maxMessageBufferLength],
  ];
  return rows.flatMap(([term, value]) => (value === null ? [] : [[term, String(value)] as [string, string]]));
}

export function GroupCard({ group }: { group: GroupView }) {
  const rows = configRows(group);
  return (
    <li
      aria-label={`Group ${group.id}`}
      className="space-y-2 rounded-lg border border-zinc-200 bg-white p-4 text-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <header className="flex flex-wrap items-center gap-2">
        <span className="rounded bg-zinc-200 px-1.5 text-xs font-medium dark:bg-zinc-700">
          {managerTypeLabels[group.managerType]}
        </span>
        <span className="break-all font-mono text-xs">{group.id}</span>
        {group.hidden ? <span className="text-xs text-zinc-500">hidden</span> : null}
      </header>
      {group.description ? <p>{group.description}</p> : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-xs">
        {group.config.managerAgent ? (
          <>
            <dt className="text-zinc-500">{group.managerType === "sleeptime" ? "Main agent" : "Manager agent"}</dt>
            <dd>
              <AgentLink agent={group.config.managerAgent} />
            </dd>
          </>
        ) : null}
        <dt className="text-zinc-500">{group.managerType === "sleeptime" ? "Sleep-time agents" : "Agents"}</dt>
        <dd>
          {group.agents.length === 0 ? "none" : null}
          {group.agents.map((agent, index) => (
            <span key={agent.id}>
              {index > 0 ? ", " : null}
              <AgentLink agent={agent} />
            </span>
          ))}
        </dd>
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-zinc-500">{term}</dt>
            <dd className="font-mono">{value}</dd>
          </div>
        ))}
      </dl>
      <GroupConfigForm group={group} />
    </li>
  );
}
