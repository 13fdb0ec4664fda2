"use client";

import {
  useEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from "react";
import { WORKSPACE_LAYOUT_COOKIE, type WorkspacePaneId } from "@/lib/workspace/layout";
import {
  COLLAPSED_PX,
  KEY_STEP,
  layoutFromSaved,
  maxPaneWidth,
  MIN_PX,
  paneWidth,
  resizePane,
  savedFromLayout,
  togglePane,
  type SidePane,
  type SplitLayout,
} from "@/lib/workspace/split";
import { WorkspacePane } from "./workspace-pane";

/** The separators' width (`w-1`), which the panes' shares leave out. */
const SEPARATOR_PX = 4;
const oneYear = 60 * 60 * 24 * 365;

const separatorClass =
  "w-1 shrink-0 cursor-col-resize touch-none bg-zinc-200 outline-none transition-colors hover:bg-blue-400 focus-visible:bg-blue-500 data-[separator=active]:bg-blue-500 dark:bg-zinc-800";

/**
 * The three panes side by side: the side panes resize by dragging their separator or with its arrow keys (Home and
 * End go to the least and the most, Enter collapses or expands), collapse to a strip, and keep their sizes per
 * browser in a cookie, so the server renders them at their saved sizes.
 */
export function SplitPanes({
  savedLayout,
  content,
}: {
  savedLayout: string | undefined;
  content: Record<WorkspacePaneId, ReactNode>;
}) {
  const group = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState(() => layoutFromSaved(savedLayout));
  const [dragging, setDragging] = useState<SidePane | null>(null);
  const changed = useRef(false);

  const panesWidth = () => Math.max(0, (group.current?.clientWidth ?? 0) - 2 * SEPARATOR_PX);
  const update = (next: (current: SplitLayout) => SplitLayout) => {
    changed.current = true;
    setLayout(next);
  };

  // Saved once a change is done (not on every step of a drag).
  useEffect(() => {
    if (!changed.current || dragging) return;
    const value = savedFromLayout(layout, panesWidth());
    document.cookie = `${WORKSPACE_LAYOUT_COOKIE}=${encodeURIComponent(value)}; path=/; max-age=${oneYear}; samesite=lax`;
  }, [layout, dragging]);

  const startDrag = (pane: SidePane) => (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || !group.current) return;
    event.preventDefault();
    const separator = event.currentTarget;
    separator.focus({ preventScroll: true });
    separator.setPointerCapture(event.pointerId);
    setDragging(pane);
    const move = (moved: globalThis.PointerEvent) => {
      const box = group.current?.getBoundingClientRect();
      if (!box) return;
      const requested = pane === "agent" ? moved.clientX - box.left : box.right - moved.clientX;
      const width = panesWidth();
      update((current) => resizePane(current, pane, requested - SEPARATOR_PX / 2, width));
    };
    const end = () => {
      separator.removeEventListener("pointermove", move);
      separator.removeEventListener("pointerup", end);
      separator.removeEventListener("lostpointercapture", end);
      setDragging(null);
    };
    separator.addEventListener("pointermove", move);
    separator.addEventListener("pointerup", end);
    separator.addEventListener("lostpointercapture", end);
  };

  const onKey = (pane: SidePane) => (event: KeyboardEvent<HTMLDivElement>) => {
    const width = panesWidth();
    // Keys move the separator: right grows the agent pane and shrinks the memory pane.
    const toRight = pane === "agent" ? 1 : -1;
    const current = paneWidth(layout, pane, width);
    const step = (KEY_STEP / 100) * width;
    let requested: number | "toggle";
    switch (event.key) {
      case "ArrowLeft":
        requested = current - toRight * step;
        break;
      case "ArrowRight":
        requested = current + toRight * step;
        break;
      case "Home":
        requested = pane === "agent" ? MIN_PX.agent : maxPaneWidth(layout, pane, width);
        break;
      case "End":
        requested = pane === "agent" ? maxPaneWidth(layout, pane, width) : MIN_PX.memory;
        break;
      case "Enter":
        requested = "toggle";
        break;
      default:
        return;
    }
    event.preventDefault();
    if (requested === "toggle") return update((state) => togglePane(state, pane));
    // A collapsed pane asked to grow expands; keys only collapse it with Enter.
    if (layout[pane].collapsed) {
      if (requested > COLLAPSED_PX) update((state) => togglePane(state, pane));
      return;
    }
    const target = Math.max(requested, MIN_PX[pane]);
    update((state) => resizePane(state, pane, target, width));
  };

  const sideStyle = (pane: SidePane): CSSProperties =>
    layout[pane].collapsed
      ? { flex: `0 0 ${COLLAPSED_PX}px` }
      : { flex: `0 1 calc((100% - ${2 * SEPARATOR_PX}px) * ${layout[pane].size / 100})`, minWidth: MIN_PX[pane] };

  const separator = (pane: SidePane, label: string) => (
    <div
      role="separator"
      tabIndex={0}
      aria-label={`Resize the ${label} pane`}
      aria-orientation="vertical"
      aria-controls={`workspace-pane-${pane}`}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={layout[pane].collapsed ? 0 : Math.round(layout[pane].size)}
      data-separator={dragging === pane ? "active" : "inactive"}
      onPointerDown={startDrag(pane)}
      onKeyDown={onKey(pane)}
      className={separatorClass}
    />
  );

  const side = (pane: SidePane, label: string, where: "left" | "right") => (
    <div id={`workspace-pane-${pane}`} style={sideStyle(pane)} className="h-full min-w-0 overflow-hidden">
      <WorkspacePane
        label={label}
        collapse={{
          collapsed: layout[pane].collapsed,
          toggle: () => update((state) => togglePane(state, pane)),
          side: where,
        }}
      >
        {layout[pane].collapsed ? null : content[pane]}
      </WorkspacePane>
    </div>
  );

  return (
    <div
      ref={group}
      data-dragging={dragging ? "" : undefined}
      className="flex min-h-0 flex-1 overflow-hidden data-[dragging]:cursor-col-resize data-[dragging]:select-none"
    >
      {side("agent", "Agent", "left")}
      {separator("agent", "Agent")}
      <div style={{ flex: "1 1 0", minWidth: MIN_PX.chat }} className="h-full overflow-hidden">
        <WorkspacePane label="Chat" fill>
          {content.chat}
        </WorkspacePane>
      </div>
      {separator("memory", "Memory")}
      {side("memory", "Memory", "right")}
    </div>
  );
}
