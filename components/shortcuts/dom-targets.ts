/**
 * Finds what the agent-page shortcuts act on by role and accessible name, as a person (or a test) would, so
 * they follow the page's layout instead of depending on its components.
 */

const FOCUSABLE =
  'textarea:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

function visible(element: Element): boolean {
  return element instanceof HTMLElement && element.offsetParent !== null;
}

function nameOf(element: Element): string {
  return (element.getAttribute("aria-label") ?? element.textContent ?? "").trim();
}

/** A button whose visible text or label is `name` (exactly, or matching the pattern), on screen and enabled. */
export function findButton(name: string | RegExp, within: ParentNode = document): HTMLButtonElement | null {
  for (const button of within.querySelectorAll("button")) {
    const text = nameOf(button);
    const hit = typeof name === "string" ? text === name : name.test(text);
    if (hit && !button.disabled && visible(button)) return button;
  }
  return null;
}

/** The pane named `name` ("Chat", "Agent", "Memory"): a region or landmark with that name. */
export function findPane(name: string): HTMLElement | null {
  const candidates = document.querySelectorAll<HTMLElement>(
    `[role="region"][aria-label="${name}"], section[aria-label="${name}"], aside[aria-label="${name}"], [role="tabpanel"][aria-label="${name}"]`,
  );
  for (const candidate of candidates) if (visible(candidate)) return candidate;
  return null;
}

/** A tab named `name` (e.g. when the panes are tabs on a narrow screen, or the pane's own tabs). */
export function findTab(name: string): HTMLElement | null {
  for (const tab of document.querySelectorAll<HTMLElement>('[role="tab"]')) {
    if (nameOf(tab).replace(/\s*[•*]\s*$/, "") === name && visible(tab)) return tab;
  }
  return null;
}

/** Moves focus into `pane`: to its first field or control, or the pane itself. */
export function focusInside(pane: HTMLElement): void {
  const target = [...pane.querySelectorAll<HTMLElement>(FOCUSABLE)].find(visible);
  if (target) {
    target.focus();
    return;
  }
  if (!pane.hasAttribute("tabindex")) pane.setAttribute("tabindex", "-1");
  pane.focus();
}

/** The tab list nearest to the focus: in an ancestor of the focused element, else the first on screen. */
export function nearestTablist(from: Element | null): HTMLElement | null {
  for (let node = from; node && node !== document.body; node = node.parentElement) {
    if (node.getAttribute("role") === "tablist") return node as HTMLElement;
    const inside = [...node.querySelectorAll<HTMLElement>('[role="tablist"]')].find(visible);
    if (inside) return inside;
  }
  return [...document.querySelectorAll<HTMLElement>('[role="tablist"]')].find(visible) ?? null;
}

/** Selects the next (or previous) tab of `tablist`, wrapping around, and focuses it. */
export function stepTab(tablist: HTMLElement, step: 1 | -1): void {
  const tabs = [...tablist.querySelectorAll<HTMLElement>('[role="tab"]')].filter(
    (tab) => visible(tab) && tab.closest('[role="tablist"]') === tablist,
  );
  if (tabs.length === 0) return;
  const current = tabs.findIndex((tab) => tab.getAttribute("aria-selected") === "true");
  const next = tabs[(current + step + tabs.length) % tabs.length];
  next?.click();
  next?.focus();
}

/**
 * The Save button that belongs to what has focus: the nearest enclosing form, block or section that holds a
 * button named "Save…" (not "Save anyway"-style confirmations of something else).
 */
export function saveButtonFor(from: Element | null): HTMLButtonElement | null {
  for (let node = from; node && node !== document.body; node = node.parentElement) {
    const found = [...node.querySelectorAll("button")].find((button) =>
      /^Save( settings| block)?$/.test(nameOf(button)),
    );
    if (found) return found.disabled ? null : found;
    if (node.getAttribute("role") === "region" || node.tagName === "MAIN") break;
  }
  return null;
}
