import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { toContextOverview } from "./context-overview";

const answer = {
  context_window_size_max: 30000,
  context_window_size_current: 4200,
  num_messages: 3,
  num_archival_memory: 1,
  num_recall_memory: 5,
  num_tokens_external_memory_summary: 100,
  num_tokens_system: 2000,
  num_tokens_core_memory: 300,
  num_tokens_summary_memory: 0,
  num_tokens_functions_definitions: 1500,
  num_tokens_messages: 300,
};

describe("toContextOverview", () => {
  it("keeps the server's figures, with zero where the server says zero", () => {
    const overview = toContextOverview({ ...answer, num_tokens_tool_usage_rules: 0, num_tokens_memory_filesystem: 0 }, [
      { label: "human", value: "abc" },
    ]);
    expect(overview.sections.find((section) => section.key === "summary")?.tokens).toBe(0);
    expect(overview.unreported).toEqual([]);
    expect(overview.blocks).toEqual([{ label: "human", characters: 3 }]);
    expect(overview).toMatchObject({ maxTokens: 30000, currentTokens: 4200, messageCount: 3 });
  });

  it("lists the parts the server gives no figure for instead of showing them as zero", () => {
    const { num_tokens_system: _system, ...withoutSystem } = answer;
    const overview = toContextOverview({ ...withoutSystem, num_tokens_messages: null }, []);
    expect(overview.unreported).toEqual(["System prompt", "Tool usage rules", "Files and directories", "Messages"]);
    expect(overview.sections.map((section) => section.key)).toEqual([
      "tools",
      "core_memory",
      "external_summary",
      "summary",
    ]);
  });

  it("refuses an answer without the window's size", () => {
    expect(() => toContextOverview({ num_messages: 1 }, [])).toThrow(AppError);
  });
});
