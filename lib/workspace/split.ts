import { workspacePanes, type WorkspacePaneId } from "./layout";

/** A side pane of the workspace: it resizes and collapses (the chat between them takes the rest). */
export type SidePane = "agent" | "memory";

interface SidePaneState {
  /** Its width in percent of the panes' width while expanded (kept while collapsed, to expand back to). */
  size: number;
  collapsed: boolean;
}

export type SplitLayout = Record<SidePane, SidePaneState>;

/** Pixels a collapsed side pane keeps: a strip with its name and an expand button. */
export const COLLAPSED_PX = 40;

/** The narrowest each pane gets while expanded. */
export const MIN_PX: Record<WorkspacePaneId, number> = { agent: 260, chat: 360, memory: 280 };

/** How far one arrow key moves a separator, in percent of the panes' width. */
export const KEY_STEP = 5;

const defaultSizes: Record<SidePane, number> = { agent: 24, memory: 30 };

/**
 * Under this share a saved pane was collapsed: 40 px is under 4% of any wide window (1024 px or more), and an
 * expanded pane (260 px at least) stays above 5% up to a window of 5,200 px.
 */
const COLLAPSED_BELOW = 5;

/** The layout the saved cookie value describes (see `parseLayoutCookie`), or the default one. */
export function layoutFromSaved(saved: string | undefined): SplitLayout {
  let parsed: Partial<Record<WorkspacePaneId, number>> = {};
  try {
    if (saved) parsed = JSON.parse(saved) as Partial<Record<WorkspacePaneId, number>>;
  } catch {
    parsed = {};
  }
  const side = (pane: SidePane): SidePaneState => {
    const size = parsed[pane];
    if (size === undefined) return { size: defaultSizes[pane], collapsed: false };
    return size < COLLAPSED_BELOW ? { size: defaultSizes[pane], collapsed: true } : { size, collapsed: false };
  };
  return { agent: side("agent"), memory: side("memory") };
}

/** The cookie value for a layout: each pane's share in percent, as the panes measure `width` pixels together. */
export function savedFromLayout(layout: SplitLayout, width: number): string {
  const share = (pane: SidePane) =>
    layout[pane].collapsed ? (width > 0 ? (COLLAPSED_PX / width) * 100 : 0) : layout[pane].size;
  const agent = share("agent");
  const memory = share("memory");
  const round = (value: number) => Math.round(Math.min(100, Math.max(0, value)) * 1000) / 1000;
  const sizes: Record<WorkspacePaneId, number> = {
    agent: round(agent),
    chat: round(100 - agent - memory),
    memory: round(memory),
  };
  return JSON.stringify(Object.fromEntries(workspacePanes.map((pane) => [pane.id, sizes[pane.id]])));
}

/** A side pane's width in pixels, of panes `width` pixels wide together. */
export function paneWidth(layout: SplitLayout, pane: SidePane, width: number): number {
  const state = layout[pane];
  return state.collapsed ? COLLAPSED_PX : Math.max(MIN_PX[pane], (state.size / 100) * width);
}

/** The widest a side pane can get: the other side pane and the chat keep their least. */
export function maxPaneWidth(layout: SplitLayout, pane: SidePane, width: number): number {
  const other: SidePane = pane === "agent" ? "memory" : "agent";
  return Math.max(MIN_PX[pane], width - paneWidth(layout, other, width) - MIN_PX.chat);
}

/**
 * The layout with one side pane asked to be `requested` pixels wide (a drag or a key): kept between its least and
 * its most; asked for less than halfway from its least to a strip, it collapses, and asked for more than a strip
 * while collapsed, it expands.
 */
export function resizePane(layout: SplitLayout, pane: SidePane, requested: number, width: number): SplitLayout {
  if (width <= 0) return layout;
  if (requested < (MIN_PX[pane] + COLLAPSED_PX) / 2) {
    return layout[pane].collapsed ? layout : { ...layout, [pane]: { ...layout[pane], collapsed: true } };
  }
  const pixels = Math.min(Math.max(requested, MIN_PX[pane]), maxPaneWidth(layout, pane, width));
  return { ...layout, [pane]: { size: (pixels / width) * 100, collapsed: false } };
}

/** The layout with a side pane collapsed, or expanded back to its last size. */
export function togglePane(layout: SplitLayout, pane: SidePane): SplitLayout {
  return { ...layout, [pane]: { ...layout[pane], collapsed: !layout[pane].collapsed } };
}
