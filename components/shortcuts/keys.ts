/**
 * Key combinations written as "mod+k", "alt+1", "escape", "?": `mod` is ⌘ on Apple systems and Ctrl elsewhere.
 * Matching looks at `event.key` (what the key types), so "?" works on any layout.
 */
export type KeyCombo = string;

interface ParsedCombo {
  key: string;
  mod: boolean;
  alt: boolean;
  shift: boolean | null;
}

function parse(combo: KeyCombo): ParsedCombo {
  const parts = combo.toLowerCase().split("+");
  const key = parts.pop() ?? "";
  return {
    key,
    mod: parts.includes("mod"),
    alt: parts.includes("alt"),
    // A printable key like "?" already implies Shift on most layouts: only an explicit "shift+" checks it.
    shift: parts.includes("shift") ? true : null,
  };
}

function isApple(): boolean {
  return typeof navigator !== "undefined" && /mac|iphone|ipad/i.test(navigator.platform || navigator.userAgent);
}

interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** The key a combo names for this event: Alt+digit types other characters on some systems, so digits match by code. */
function eventKey(event: KeyLike): string {
  if (event.code?.startsWith("Digit")) return event.code.slice(5);
  if (event.code === "BracketLeft") return "[";
  if (event.code === "BracketRight") return "]";
  return event.key.toLowerCase();
}

export function matches(combo: KeyCombo, event: KeyLike, apple = isApple()): boolean {
  const want = parse(combo);
  const mod = apple ? event.metaKey : event.ctrlKey;
  const otherMod = apple ? event.ctrlKey : event.metaKey;
  if (want.mod !== mod || otherMod) return false;
  if (want.alt !== event.altKey) return false;
  if (want.shift !== null && want.shift !== event.shiftKey) return false;
  const key = /^[a-z]$/.test(want.key) || /^\d$/.test(want.key) || want.key === "[" || want.key === "]";
  return (key ? eventKey(event) : event.key.toLowerCase()) === want.key;
}

/** How a combo is shown: "⌘K" on Apple systems, "Ctrl+K" elsewhere. */
export function formatCombo(combo: KeyCombo, apple = isApple()): string {
  const { key, mod, alt, shift } = parse(combo);
  const names: Record<string, string> = { escape: "Esc", enter: "Enter", arrowup: "↑", arrowdown: "↓" };
  const shown = names[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  const parts = [
    ...(mod ? [apple ? "⌘" : "Ctrl"] : []),
    ...(alt ? [apple ? "⌥" : "Alt"] : []),
    ...(shift ? [apple ? "⇧" : "Shift"] : []),
    shown,
  ];
  return apple ? parts.join("") : parts.join("+");
}

/** True when the user is typing: plain keys (like "?" or "/") then belong to the field, not to a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"].includes(target.type);
  }
  return false;
}
