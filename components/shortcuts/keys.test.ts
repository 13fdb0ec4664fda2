import { describe, expect, it } from "vitest";
import { formatCombo, matches } from "./keys";

const press = (key: string, extra: Partial<KeyboardEventInit & { code: string }> = {}) => ({
  key,
  code: extra.code,
  ctrlKey: extra.ctrlKey ?? false,
  metaKey: extra.metaKey ?? false,
  altKey: extra.altKey ?? false,
  shiftKey: extra.shiftKey ?? false,
});

describe("matches", () => {
  it("takes mod as Ctrl elsewhere and ⌘ on Apple systems", () => {
    expect(matches("mod+k", press("k", { ctrlKey: true }), false)).toBe(true);
    expect(matches("mod+k", press("k", { metaKey: true }), false)).toBe(false);
    expect(matches("mod+k", press("k", { metaKey: true }), true)).toBe(true);
    expect(matches("mod+k", press("k"), false)).toBe(false);
  });

  it("needs exactly the modifiers named", () => {
    expect(matches("escape", press("Escape"), false)).toBe(true);
    expect(matches("escape", press("Escape", { ctrlKey: true }), false)).toBe(false);
    expect(matches("mod+s", press("s", { ctrlKey: true, altKey: true }), false)).toBe(false);
  });

  it("matches a typed character whatever Shift it took", () => {
    expect(matches("?", press("?", { shiftKey: true }), false)).toBe(true);
    expect(matches("/", press("/"), false)).toBe(true);
  });

  it("matches Alt+digit by the key's code, as Alt changes the typed character on some systems", () => {
    expect(matches("alt+2", press("™", { altKey: true, code: "Digit2" }), false)).toBe(true);
    expect(matches("alt+2", press("3", { altKey: true, code: "Digit3" }), false)).toBe(false);
    expect(matches("alt+]", press("‘", { altKey: true, code: "BracketRight" }), false)).toBe(true);
  });
});

describe("formatCombo", () => {
  it("shows each system's names", () => {
    expect(formatCombo("mod+k", false)).toBe("Ctrl+K");
    expect(formatCombo("mod+k", true)).toBe("⌘K");
    expect(formatCombo("escape", false)).toBe("Esc");
    expect(formatCombo("alt+1", false)).toBe("Alt+1");
  });
});
