import { describe, expect, it } from "vitest";
import { parseLayoutCookie } from "./layout";
import { layoutFromSaved, maxPaneWidth, paneWidth, resizePane, savedFromLayout, togglePane } from "./split";

const width = 1272;

describe("the workspace's split layout", () => {
  it("starts from the saved cookie, or from the default sizes", () => {
    expect(layoutFromSaved(undefined)).toEqual({
      agent: { size: 24, collapsed: false },
      memory: { size: 30, collapsed: false },
    });
    expect(layoutFromSaved('{"agent":35,"chat":62,"memory":3}')).toEqual({
      agent: { size: 35, collapsed: false },
      memory: { size: 30, collapsed: true },
    });
    expect(layoutFromSaved("not json").agent.size).toBe(24);
  });

  it("saves a value the server accepts, a collapsed pane as its strip's share", () => {
    const saved = savedFromLayout(togglePane(layoutFromSaved(undefined), "memory"), width);
    expect(parseLayoutCookie(saved)).toBe(saved);
    const sizes = JSON.parse(saved) as { agent: number; chat: number; memory: number };
    expect(sizes.memory).toBeCloseTo((40 / width) * 100, 2);
    expect(sizes.agent + sizes.chat + sizes.memory).toBeCloseTo(100, 2);
    expect(layoutFromSaved(saved).memory.collapsed).toBe(true);
  });

  it("keeps a pane between its least and the room the others leave", () => {
    const layout = layoutFromSaved(undefined);
    expect(paneWidth(resizePane(layout, "agent", 200, width), "agent", width)).toBe(260);
    const widest = maxPaneWidth(layout, "agent", width);
    expect(widest).toBeCloseTo(width - 0.3 * width - 360);
    expect(paneWidth(resizePane(layout, "agent", 5000, width), "agent", width)).toBeCloseTo(widest);
    expect(paneWidth(resizePane(layout, "agent", 450, width), "agent", width)).toBeCloseTo(450);
  });

  it("collapses a pane dragged past halfway to a strip, and expands it back to its size", () => {
    const layout = resizePane(layoutFromSaved(undefined), "memory", 400, width);
    const collapsed = resizePane(layout, "memory", 100, width);
    expect(collapsed.memory).toEqual({ size: layout.memory.size, collapsed: true });
    expect(paneWidth(collapsed, "memory", width)).toBe(40);
    expect(togglePane(collapsed, "memory").memory).toEqual({ size: layout.memory.size, collapsed: false });
    expect(resizePane(collapsed, "memory", 300, width).memory.collapsed).toBe(false);
  });
});
