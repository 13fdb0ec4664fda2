import { describe, expect, it } from "vitest";
import { MAX_FREQUENCY, parseFrequency } from "./frequency";

describe("parseFrequency", () => {
  it("accepts whole numbers of at least 1", () => {
    expect(parseFrequency("1")).toEqual({ ok: true, value: 1 });
    expect(parseFrequency(" 12 ")).toEqual({ ok: true, value: 12 });
    expect(parseFrequency(String(MAX_FREQUENCY))).toEqual({ ok: true, value: MAX_FREQUENCY });
  });

  it.each(["", "0", "-3", "1.5", "2e3", "abc", "1 2", String(MAX_FREQUENCY + 1)])(
    "refuses %j with a reason",
    (text) => {
      const result = parseFrequency(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
    },
  );
});
