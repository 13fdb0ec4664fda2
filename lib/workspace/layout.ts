/** The agent workspace's pane layout, kept per browser in a cookie so the server renders it at its saved sizes. */
export const WORKSPACE_LAYOUT_COOKIE = "ade-workspace-layout";

/** Below this width the panes become tabs. */
export const WIDE_WORKSPACE_QUERY = "(min-width: 1024px)";

export const workspacePanes = [
  { id: "agent", label: "Agent" },
  { id: "chat", label: "Chat" },
  { id: "memory", label: "Memory" },
] as const;

export type WorkspacePaneId = (typeof workspacePanes)[number]["id"];

/** The saved layout if the cookie holds one (pane id → percentage); anything else is ignored. */
export function parseLayoutCookie(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(value));
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return undefined;
    const entries = Object.entries(parsed);
    const known = new Set<string>(workspacePanes.map((pane) => pane.id));
    const valid =
      entries.length === workspacePanes.length &&
      entries.every(([id, size]) => known.has(id) && typeof size === "number" && size >= 0 && size <= 100);
    return valid ? JSON.stringify(parsed) : undefined;
  } catch {
    return undefined;
  }
}
