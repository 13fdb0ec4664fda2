"use client";

import { useQuery } from "@tanstack/react-query";
import { useDebounced } from "@/components/ui/use-debounced";
import { agentSearchQuery } from "@/lib/agents/queries";
import Link from "next/link";
import { useParams, useRouter } from "next/navigation";
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { switcherTriggerClass, SwitcherLabel } from "./agent-switcher";
import { useRecentAgents, type RecentAgent } from "./recent-agents";

/** The agent switcher's popover (Radix) with its search, loaded when the switcher is first opened. */
export function AgentSwitcherPopover() {
  const params = useParams<{ agentId?: string }>();
  const currentId = typeof params.agentId === "string" ? params.agentId : null;
  const recent = useRecentAgents((state) => state.agents);
  const [open, setOpen] = useState(true);
  useEffect(() => {
    void useRecentAgents.persist.rehydrate();
  }, []);
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger className={switcherTriggerClass}>
        <SwitcherLabel />
      </PopoverTrigger>
      <PopoverContent aria-label="Switch agent" className="w-80">
        {open ? <SwitcherSearch recent={recent} currentId={currentId} onDone={() => setOpen(false)} /> : null}
      </PopoverContent>
    </Popover>
  );
}

function SwitcherSearch({
  recent,
  currentId,
  onDone,
}: {
  recent: RecentAgent[];
  currentId: string | null;
  onDone: () => void;
}) {
  const router = useRouter();
  const listId = useId();
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);
  const search = useDebounced(text.trim(), 200);
  const found = useQuery({ ...agentSearchQuery(search), enabled: search !== "" });
  const options: RecentAgent[] =
    text.trim() === ""
      ? recent
      : search === text.trim() && found.data
        ? found.data.agents.map((agent) => ({ id: agent.id, name: agent.name }))
        : [];
  const optionId = (index: number) => `${listId}-${index}`;
  const go = (agent: RecentAgent) => {
    onDone();
    if (agent.id !== currentId) router.push(`/agents/${encodeURIComponent(agent.id)}`);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (options.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((index) => (index + step + options.length) % options.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const chosen = options[Math.min(active, options.length - 1)];
      if (chosen) go(chosen);
    }
  };
  const searching = text.trim() !== "";
  return (
    <div className="space-y-2">
      <input
        role="combobox"
        aria-label="Search agents by name"
        aria-expanded={true}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={options.length > 0 ? optionId(Math.min(active, options.length - 1)) : undefined}
        value={text}
        autoFocus
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        placeholder="Search agents by name"
        className="w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-950"
      />
      <p className="px-1 text-xs font-medium text-zinc-500">{searching ? "Matching agents" : "Recent agents"}</p>
      <ul
        id={listId}
        role="listbox"
        aria-label={searching ? "Matching agents" : "Recent agents"}
        className="max-h-72 overflow-y-auto"
      >
        {options.map((agent, index) => (
          <li
            key={agent.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === Math.min(active, options.length - 1)}
            aria-current={agent.id === currentId ? "page" : undefined}
            onClick={() => go(agent)}
            onMouseMove={() => setActive(index)}
            className="cursor-pointer truncate rounded px-2 py-1.5 aria-selected:bg-zinc-100 dark:aria-selected:bg-zinc-800"
          >
            {agent.name}
            {agent.id === currentId ? <span className="ml-1 text-xs text-zinc-500">(open)</span> : null}
          </li>
        ))}
      </ul>
      {options.length === 0 ? (
        <p role="status" className="px-1 text-xs text-zinc-500">
          {!searching
            ? "No recent agents in this browser yet: search by name."
            : found.isError
              ? `Could not search: ${found.error.message}`
              : found.data && search === text.trim()
                ? "No agent matches."
                : "Searching…"}
        </p>
      ) : null}
      <Link href="/agents" onClick={onDone} className="block px-1 text-xs text-blue-700 underline dark:text-blue-400">
        All agents
      </Link>
    </div>
  );
}
