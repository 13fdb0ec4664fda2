import { describe, expect, it } from "vitest";
import { toolKind } from "./kind";

describe("toolKind", () => {
  it("groups the server's tool types", () => {
    expect(toolKind("custom")).toBe("custom");
    expect(toolKind(undefined)).toBe("custom");
    expect(toolKind("letta_memory_core")).toBe("letta");
    expect(toolKind("letta_builtin")).toBe("letta");
    expect(toolKind("external_mcp")).toBe("mcp");
    expect(toolKind("external_composio")).toBe("external");
  });
});
