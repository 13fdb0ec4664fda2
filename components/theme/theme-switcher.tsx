"use client";

import { useTheme } from "next-themes";
import { useSyncExternalStore } from "react";
import { themeChoices } from "./theme-provider";

const subscribe = () => () => undefined;

/** The theme picker of the top bar: a native select, so it works with the keyboard and screen readers as is. */
export function ThemeSwitcher() {
  const { theme, setTheme } = useTheme();
  // The stored choice is only known in the browser: the server renders "System" and the client then corrects it.
  const mounted = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return (
    <label className="flex items-center gap-1 text-xs text-zinc-600 dark:text-zinc-300">
      <span className="sr-only">Theme</span>
      <select
        aria-label="Theme"
        value={mounted ? (theme ?? "system") : "system"}
        onChange={(event) => setTheme(event.target.value)}
        className="rounded border border-zinc-300 bg-white px-1.5 py-1 text-xs dark:border-zinc-700 dark:bg-zinc-900"
      >
        {themeChoices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}
