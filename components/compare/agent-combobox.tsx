"use client";

import { useQuery } from "@tanstack/react-query";
import { useDebounced } from "@/components/ui/use-debounced";
import { agentSearchQuery } from "@/lib/agents/queries";
import { useId, useState, type KeyboardEvent } from "react";

export interface PickedAgent {
  id: string;
  name: string;
}

/**
 * A combobox that searches the server's agents by name (arrow keys and Enter, or click). With nothing typed it
 * offers `suggestions` (for agent B: agent A's clones first, then the newest agents).
 */
export function AgentCombobox({
  label,
  value,
  onChange,
  suggestions,
  suggestionsLabel,
}: {
  label: string;
  value: PickedAgent | null;
  onChange: (agent: PickedAgent | null) => void;
  suggestions: PickedAgent[];
  suggestionsLabel: string;
}) {
  const listId = useId();
  const [text, setText] = useState(value?.name ?? "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // A choice from outside (the swap button) shows its name; clearing it (by typing) keeps what was typed.
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    if (value) setText(value.name);
  }
  const typed = text.trim();
  const searching = open && typed !== "" && typed !== value?.name;
  const search = useDebounced(typed, 200);
  const found = useQuery({ ...agentSearchQuery(search), enabled: searching && search !== "" });
  const options: PickedAgent[] = !searching
    ? suggestions
    : search === typed && found.data
      ? found.data.agents.map((agent) => ({ id: agent.id, name: agent.name }))
      : [];
  const activeIndex = Math.min(active, options.length - 1);
  const optionId = (index: number) => `${listId}-${index}`;
  const choose = (agent: PickedAgent) => {
    onChange(agent);
    setText(agent.name);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return setOpen(true);
      if (options.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((index) => (index + step + options.length) % options.length);
    } else if (event.key === "Enter" && open) {
      event.preventDefault();
      const chosen = options[activeIndex];
      if (chosen) choose(chosen);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  };
  const status = searching
    ? found.isError
      ? `Could not search: ${found.error.message}`
      : found.data && search === typed
        ? "No agent matches."
        : "Searching…"
    : "No agents to suggest: type part of a name.";

  return (
    <div className="relative space-y-1">
      <label htmlFor={`${listId}-input`} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={`${listId}-input`}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options.length > 0 ? optionId(activeIndex) : undefined}
        autoComplete="off"
        value={text}
        placeholder="Search agents by name"
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
          if (value && event.target.value !== value.name) onChange(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-blue-500 dark:border-zinc-700 dark:bg-zinc-950"
      />
      {open ? (
        <div className="absolute z-10 mt-1 w-full rounded-md border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
          <p className="px-2 py-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">
            {searching ? "Matching agents" : suggestionsLabel}
          </p>
          <ul id={listId} role="listbox" aria-label={`${label}: ${searching ? "matching agents" : suggestionsLabel}`}>
            {options.map((agent, index) => (
              <li
                key={agent.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                // Keeps the focus in the input, so the click chooses before the list closes.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(agent)}
                onMouseMove={() => setActive(index)}
                className="cursor-pointer truncate rounded px-2 py-1.5 text-sm aria-selected:bg-zinc-100 dark:aria-selected:bg-zinc-800"
              >
                {agent.name}
              </li>
            ))}
          </ul>
          {options.length === 0 ? (
            <p role="status" className="px-2 py-1 text-xs text-zinc-600 dark:text-zinc-400">
              {status}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
