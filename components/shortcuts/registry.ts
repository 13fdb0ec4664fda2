"use client";

import { useEffect, useRef } from "react";
import { create } from "zustand";
import type { KeyCombo } from "./keys";

/**
 * The one registry of commands: every keyboard shortcut, every action in the command palette and every row of
 * the shortcuts dialog comes from here. Components register what they can do while they are on screen.
 */
export interface Command {
  id: string;
  title: string;
  /** Palette section: "Go to", "Actions", "Agent", "Chat", "Theme", "Panes"… */
  group: string;
  keys?: KeyCombo;
  /** Shown in the shortcuts dialog when the command works by keys only (not in the palette). */
  keysOnly?: boolean;
  /** Fires even while typing in a field (Ctrl/⌘ combos and Esc); plain keys never do. */
  inFields?: boolean;
  /** Extra words the palette matches on. */
  keywords?: string[];
  /** Checked at the moment of use: when false the keys pass through and the palette leaves the command out. */
  when?: () => boolean;
  run: () => void;
}

interface RegistryState {
  commands: Record<string, Command>;
  add: (command: Command) => void;
  remove: (id: string, run: Command["run"]) => void;
}

export const useCommandRegistry = create<RegistryState>((set) => ({
  commands: {},
  add: (command) => set((state) => ({ commands: { ...state.commands, [command.id]: command } })),
  remove: (id, run) =>
    set((state) => {
      // Another instance may have registered the same id since: only remove our own.
      if (state.commands[id]?.run !== run) return state;
      const { [id]: _removed, ...rest } = state.commands;
      return { commands: rest };
    }),
}));

/** Registers a command while the component is mounted (and `enabled`); `run` always calls the latest closure. */
export function useCommand(
  command: Omit<Command, "run" | "when"> & { run: () => void; when?: () => boolean; enabled?: boolean },
): void {
  const latest = useRef(command.run);
  const latestWhen = useRef(command.when);
  const hasWhen = command.when !== undefined;
  useEffect(() => {
    latest.current = command.run;
    latestWhen.current = command.when;
  });
  const { id, title, group, keys, keysOnly, inFields, enabled = true } = command;
  const keywords = command.keywords?.join(" ");
  useEffect(() => {
    if (!enabled) return;
    const run = () => latest.current();
    const when = hasWhen ? () => latestWhen.current?.() ?? true : undefined;
    useCommandRegistry.getState().add({
      id,
      title,
      group,
      keys,
      keysOnly,
      inFields,
      keywords: keywords ? keywords.split(" ") : undefined,
      when,
      run,
    });
    return () => useCommandRegistry.getState().remove(id, run);
  }, [id, title, group, keys, keysOnly, inFields, keywords, enabled, hasWhen]);
}

export function commandList(commands: Record<string, Command>): Command[] {
  return Object.values(commands).sort((a, b) => a.group.localeCompare(b.group) || a.title.localeCompare(b.title));
}
