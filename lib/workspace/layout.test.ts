import { describe, expect, it } from "vitest";
import { parseLayoutCookie } from "./layout";

describe("parseLayoutCookie", () => {
  it("keeps a layout of the three panes", () => {
    const value = encodeURIComponent(JSON.stringify({ agent: 20, chat: 50, memory: 30 }));
    expect(parseLayoutCookie(value)).toBe('{"agent":20,"chat":50,"memory":30}');
  });

  it("ignores anything else", () => {
    expect(parseLayoutCookie(undefined)).toBeUndefined();
    expect(parseLayoutCookie("not json")).toBeUndefined();
    expect(parseLayoutCookie(encodeURIComponent("[1,2,3]"))).toBeUndefined();
    expect(parseLayoutCookie(encodeURIComponent('{"agent":20,"chat":80}'))).toBeUndefined();
    expect(parseLayoutCookie(encodeURIComponent('{"agent":"20","chat":50,"memory":30}'))).toBeUndefined();
    expect(parseLayoutCookie(encodeURIComponent('{"agent":20,"chat":50,"other":30}'))).toBeUndefined();
  });
});
