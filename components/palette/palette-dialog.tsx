"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Command } from "cmdk";
import { useRouter } from "next/navigation";
import { useDeferredValue, useState } from "react";
import { formatCombo } from "@/components/shortcuts/keys";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { commandList, useCommandRegistry, type Command as RegisteredCommand } from "@/components/shortcuts/registry";
import { agentSearchQuery } from "@/lib/agents/queries";

const PALETTE_AGENT_LIMIT = 8;

const itemClass =
  "flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm aria-selected:bg-blue-600 aria-selected:text-white";

/** The palette's dialog (Radix dialog and cmdk), loaded the first time the palette opens. */
export function PaletteDialog({ open, setOpen }: { open: boolean; setOpen: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogContent title="Command palette" size="palette">
        {open ? <PaletteBody close={() => setOpen(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function PaletteBody({ close }: { close: () => void }) {
  const router = useRouter();
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search.trim());
  const agents = useQuery({ ...agentSearchQuery(deferred, PALETTE_AGENT_LIMIT), placeholderData: keepPreviousData });
  const registered = useCommandRegistry((state) => state.commands);
  const commands = commandList(registered).filter((command) => !command.keysOnly && (!command.when || command.when()));
  const groups = new Map<string, RegisteredCommand[]>();
  for (const command of commands) groups.set(command.group, [...(groups.get(command.group) ?? []), command]);
  const run = (action: () => void) => {
    close();
    action();
  };
  return (
    <Command label="Commands and agents" loop className="flex max-h-[60vh] flex-col">
      <Command.Input
        value={search}
        onValueChange={setSearch}
        placeholder="Search agents, pages and actions…"
        aria-label="Search agents, pages and actions"
        className="w-full border-b border-zinc-200 bg-transparent px-4 py-3 text-sm outline-none placeholder:text-zinc-500 dark:border-zinc-700 dark:placeholder:text-zinc-400"
      />
      <Command.List className="overflow-y-auto p-2">
        <Command.Empty className="px-2 py-6 text-center text-sm text-zinc-600 dark:text-zinc-400">
          {agents.isFetching ? "Searching…" : "Nothing matches."}
        </Command.Empty>
        {agents.data && agents.data.agents.length > 0 ? (
          <Command.Group heading="Agents" className={groupClass}>
            {agents.data.agents.map((agent) => (
              <Command.Item
                key={agent.id}
                value={agent.id}
                // Matched by name only: results kept from an earlier search are filtered while the new one loads,
                // and a word such as "agent" must not make every agent match "new agent".
                keywords={[agent.name]}
                onSelect={() => run(() => router.push(`/agents/${encodeURIComponent(agent.id)}`))}
                className={itemClass}
              >
                <span className="truncate">{agent.name}</span>
                <span className="ml-auto truncate text-xs">{agent.model ?? ""}</span>
              </Command.Item>
            ))}
          </Command.Group>
        ) : null}
        {agents.error ? (
          <p role="alert" className="px-2 py-1 text-xs text-red-700 dark:text-red-400">
            Could not search the agents: {agents.error.message}
          </p>
        ) : null}
        {[...groups].map(([group, items]) => (
          <Command.Group key={group} heading={group} className={groupClass}>
            {items.map((command) => (
              <Command.Item
                key={command.id}
                value={command.id}
                keywords={[command.title, ...(command.keywords ?? [])]}
                onSelect={() => run(command.run)}
                className={itemClass}
              >
                <span>{command.title}</span>
                {command.keys ? (
                  <kbd className="ml-auto rounded border border-current px-1 font-sans text-[10px]">
                    {formatCombo(command.keys)}
                  </kbd>
                ) : null}
              </Command.Item>
            ))}
          </Command.Group>
        ))}
      </Command.List>
    </Command>
  );
}

const groupClass =
  "[&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-semibold [&_[cmdk-group-heading]]:text-zinc-600 dark:[&_[cmdk-group-heading]]:text-zinc-400";
