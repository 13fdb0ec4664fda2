"use client";

import Link from "next/link";
import { CopyButton } from "@/components/ui/copy-button";
import type { AgentSettingsView } from "@/lib/agents/types";

/** What identifies the agent, read-only, each id with a copy button. */
export function AgentIdentity({ info }: { info: AgentSettingsView["info"] }) {
  return (
    <dl
      aria-label="Agent identity"
      className="grid gap-2 rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-800"
    >
      <Entry term="Agent type" value={info.agentType} />
      <Entry term="Agent id" value={info.id} copy />
      <Entry term="Model handle" value={info.modelHandle} copy />
      <Entry
        term="Sleep-time agent"
        value={info.sleeptimeAgent ? (info.sleeptimeAgent.name ?? "(unnamed)") : null}
        link={info.sleeptimeAgent ? `/agents/${encodeURIComponent(info.sleeptimeAgent.id)}` : undefined}
        empty="Off"
      />
      {info.sleeptimeAgent ? <Entry term="Sleep-time agent id" value={info.sleeptimeAgent.id} copy /> : null}
      <Entry term="Group id" value={info.groupId} copy empty="None" />
    </dl>
  );
}

function Entry({
  term,
  value,
  copy = false,
  link,
  empty = "—",
}: {
  term: string;
  value: string | null;
  copy?: boolean;
  link?: string;
  empty?: string;
}) {
  return (
    // A dl's groups may hold only dt and dd: the copy button sits on the term's line.
    <div className="min-w-0">
      <dt className="flex items-start justify-between gap-2">
        <span className="text-xs uppercase tracking-wide text-zinc-500">{term}</span>
        {copy && value !== null ? <CopyButton label={`Copy ${term.toLowerCase()}`} text={value} /> : null}
      </dt>
      <dd className="min-w-0 break-all font-mono text-xs">
        {value === null ? (
          empty
        ) : link ? (
          <Link href={link} className="text-blue-700 underline dark:text-blue-400">
            {value}
          </Link>
        ) : (
          value
        )}
      </dd>
    </div>
  );
}
