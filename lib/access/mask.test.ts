import { describe, expect, it } from "vitest";
import { maskId, publicUrl } from "./mask";

describe("publicUrl", () => {
  it("never shows credentials", () => {
    expect(publicUrl("http://admin:hunter22@letta.internal:8283/base", false)).toBe("http://letta.internal:8283/base");
  });

  it("masks a private host in demo mode, but not loopback or Letta Cloud", () => {
    expect(publicUrl("http://admin:pw@letta.internal:8283", true)).toBe("http://•••:8283");
    expect(publicUrl("https://10.1.2.3", true)).toBe("https://•••");
    expect(publicUrl("http://127.0.0.1:8283", true)).toBe("http://127.0.0.1:8283");
    expect(publicUrl("https://api.letta.com", true)).toBe("https://api.letta.com");
  });
});

describe("maskId", () => {
  it("keeps the kind and the last four characters", () => {
    expect(maskId("agent-0f3a9b2c-1111-2222-3333-abcdef123456")).toBe("agent-•••3456");
    expect(maskId("proj12345678")).toBe("•••5678");
  });
});
