"use client";

import {
  createContext,
  useContext,
  useId,
  useState,
  type ComponentProps,
  type KeyboardEvent,
  type MouseEvent,
} from "react";

interface TabsState {
  baseId: string;
  value: string;
  select: (value: string) => void;
}

const TabsContext = createContext<TabsState | null>(null);

function useTabs(part: string): TabsState {
  const state = useContext(TabsContext);
  if (!state) throw new Error(`${part} must be inside <Tabs>`);
  return state;
}

const idFor = (baseId: string, part: "trigger" | "content", value: string) => `${baseId}-${part}-${value}`;

type TabsProps = Omit<ComponentProps<"div">, "defaultValue"> & {
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
};

/**
 * Tabs after the WAI-ARIA tabs pattern (the API of Radix's, which this replaced to keep the agent page light): arrow
 * keys move between tabs and select the one focused, Home/End jump, each panel is labelled by its tab. Tabs that do
 * not fit on one line wrap to a second (every tab stays in sight; none scrolls away).
 */
export function Tabs({ value, defaultValue = "", onValueChange, ...props }: TabsProps) {
  const baseId = useId();
  const [own, setOwn] = useState(defaultValue);
  const current = value ?? own;
  const select = (next: string) => {
    if (next === current) return;
    if (value === undefined) setOwn(next);
    onValueChange?.(next);
  };
  return (
    <TabsContext.Provider value={{ baseId, value: current, select }}>
      <div data-orientation="horizontal" {...props} />
    </TabsContext.Provider>
  );
}

const keyTargets: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

export function TabsList({ className = "", onKeyDown, ...props }: ComponentProps<"div">) {
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    const target = keyTargets[event.key];
    if (!target || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const tabs = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]:not(:disabled)')];
    const index = tabs.findIndex((tab) => tab === document.activeElement);
    if (index === -1) return;
    event.preventDefault();
    // Focusing a tab selects it (see TabsTrigger).
    tabs[target(index, tabs.length)]?.focus();
  };
  return (
    <div
      role="tablist"
      aria-orientation="horizontal"
      data-orientation="horizontal"
      onKeyDown={move}
      className={`flex shrink-0 flex-wrap gap-x-1 border-b border-zinc-200 text-sm dark:border-zinc-800 ${className}`}
      {...props}
    />
  );
}

export function TabsTrigger({
  value,
  className = "",
  disabled,
  onMouseDown,
  onFocus,
  ...props
}: ComponentProps<"button"> & { value: string }) {
  const tabs = useTabs("TabsTrigger");
  const selected = tabs.value === value;
  return (
    <button
      type="button"
      role="tab"
      id={idFor(tabs.baseId, "trigger", value)}
      aria-selected={selected}
      aria-controls={idFor(tabs.baseId, "content", value)}
      data-state={selected ? "active" : "inactive"}
      data-orientation="horizontal"
      data-disabled={disabled ? "" : undefined}
      disabled={disabled}
      tabIndex={selected ? 0 : -1}
      onMouseDown={(event: MouseEvent<HTMLButtonElement>) => {
        onMouseDown?.(event);
        // A press selects the tab at once (a right click or a modified click does not).
        if (!disabled && event.button === 0 && !event.ctrlKey) tabs.select(value);
        else if (!disabled) event.preventDefault();
      }}
      onFocus={(event) => {
        onFocus?.(event);
        if (!disabled) tabs.select(value);
      }}
      className={`-mb-px whitespace-nowrap rounded-t border-b-2 border-transparent px-2 py-1 text-zinc-600 hover:text-zinc-950 focus-visible:outline-2 focus-visible:outline-blue-500 data-[state=active]:border-zinc-900 data-[state=active]:font-semibold data-[state=active]:text-zinc-950 dark:text-zinc-400 dark:hover:text-white dark:data-[state=active]:border-zinc-100 dark:data-[state=active]:text-zinc-50 ${className}`}
      {...props}
    />
  );
}

/** A tab's panel: rendered while its tab is selected, or always with `forceMount` (then hide it by `data-state`). */
export function TabsContent({
  value,
  forceMount = false,
  className = "",
  ...props
}: ComponentProps<"div"> & { value: string; forceMount?: boolean }) {
  const tabs = useTabs("TabsContent");
  const selected = tabs.value === value;
  if (!selected && !forceMount) return null;
  return (
    <div
      role="tabpanel"
      id={idFor(tabs.baseId, "content", value)}
      aria-labelledby={idFor(tabs.baseId, "trigger", value)}
      data-state={selected ? "active" : "inactive"}
      data-orientation="horizontal"
      tabIndex={0}
      className={`focus-visible:outline-2 focus-visible:outline-blue-500 ${className}`}
      {...props}
    />
  );
}
