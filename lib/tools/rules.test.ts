import { describe, expect, it } from "vitest";
import {
  describeRule,
  draftFromRule,
  editableRuleSchema,
  emptyRuleDraft,
  parseOutputMapping,
  ruleFromDraft,
  type EditableRule,
} from "./rules";

const toolNames = ["lookup", "send_report", "memory_insert", "conversation_search"];

function build(draft: Partial<ReturnType<typeof emptyRuleDraft>> & { type: EditableRule["type"] }) {
  return ruleFromDraft({ ...emptyRuleDraft(draft.type), ...draft }, { toolNames });
}

describe("ruleFromDraft", () => {
  it("builds each simple rule type", () => {
    for (const type of ["exit_loop", "continue_loop", "required_before_exit"] as const) {
      expect(build({ type, toolName: "lookup" })).toEqual({ rule: { type, tool_name: "lookup" } });
    }
  });

  it("needs a tool, and one of the agent's", () => {
    expect(build({ type: "exit_loop", toolName: "" })).toEqual({ errors: { toolName: "Choose a tool" } });
    expect(build({ type: "exit_loop", toolName: "nope" })).toEqual({
      errors: { toolName: "nope is not one of this agent's tools" },
    });
  });

  it("checks the max count", () => {
    expect(build({ type: "max_count_per_step", toolName: "lookup", maxCount: "3" })).toEqual({
      rule: { type: "max_count_per_step", tool_name: "lookup", max_count_limit: 3 },
    });
    expect(build({ type: "max_count_per_step", toolName: "lookup", maxCount: "0" })).toEqual({
      errors: { maxCount: "The limit is at least 1" },
    });
    expect(build({ type: "max_count_per_step", toolName: "lookup", maxCount: "1.5" })).toEqual({
      errors: { maxCount: "The limit is a whole number" },
    });
    expect(build({ type: "max_count_per_step", toolName: "lookup", maxCount: "two" })).toEqual({
      errors: { maxCount: "Give a whole number" },
    });
  });

  it("builds child and parent rules from comma-separated names that must be the agent's tools", () => {
    expect(
      build({ type: "constrain_child_tools", toolName: "lookup", children: "send_report, memory_insert, send_report" }),
    ).toEqual({
      rule: {
        type: "constrain_child_tools",
        tool_name: "lookup",
        children: ["send_report", "memory_insert"],
        child_arg_nodes: null,
      },
    });
    expect(build({ type: "parent_last_tool", toolName: "lookup", children: "" })).toEqual({
      errors: { children: "Name at least one tool" },
    });
    expect(build({ type: "parent_last_tool", toolName: "lookup", children: "ghost" })).toEqual({
      errors: { children: "Not tools of this agent: ghost" },
    });
  });

  it("checks prefilled child arguments name a child", () => {
    const result = build({
      type: "constrain_child_tools",
      toolName: "lookup",
      children: "send_report",
      childArgNodes: '[{"name": "memory_insert", "args": {}}]',
    });
    expect(result).toEqual({ errors: { childArgNodes: "Prefilled arguments may only name one of the child tools" } });
    expect(
      build({ type: "constrain_child_tools", toolName: "lookup", children: "send_report", childArgNodes: "{" }),
    ).toMatchObject({ errors: { childArgNodes: expect.stringContaining("Not valid JSON") } });
  });

  it("takes init arguments as a JSON object", () => {
    expect(build({ type: "run_first", toolName: "lookup", args: '{"q": "hi"}' })).toEqual({
      rule: { type: "run_first", tool_name: "lookup", args: { q: "hi" } },
    });
    expect(build({ type: "run_first", toolName: "lookup", args: "[1]" })).toEqual({
      errors: { args: "Give a JSON object" },
    });
    expect(build({ type: "run_first", toolName: "lookup" })).toEqual({
      rule: { type: "run_first", tool_name: "lookup", args: null },
    });
  });

  it("builds a conditional rule from output lines", () => {
    expect(
      build({
        type: "conditional",
        toolName: "lookup",
        mapping: "yes => send_report\nno=>memory_insert",
        defaultChild: "conversation_search",
        requireOutputMapping: true,
      }),
    ).toEqual({
      rule: {
        type: "conditional",
        tool_name: "lookup",
        child_output_mapping: { yes: "send_report", no: "memory_insert" },
        default_child: "conversation_search",
        require_output_mapping: true,
      },
    });
    expect(build({ type: "conditional", toolName: "lookup", mapping: "" })).toEqual({
      errors: { mapping: "Map at least one output to a tool" },
    });
    expect(
      build({ type: "conditional", toolName: "lookup", mapping: "yes => ghost", defaultChild: "phantom" }),
    ).toEqual({
      errors: { mapping: "Not tools of this agent: ghost", defaultChild: "phantom is not one of this agent's tools" },
    });
  });
});

describe("parseOutputMapping", () => {
  it("refuses lines without an arrow and outputs given twice", () => {
    expect(parseOutputMapping("yes send_report")).toEqual({ error: 'Line 1: write it as "output => tool_name"' });
    expect(parseOutputMapping("a => x\na => y")).toEqual({ error: 'Line 2: the output "a" is mapped twice' });
    expect(parseOutputMapping(" => x")).toEqual({ error: "Line 1: give both an output and a tool" });
  });
});

describe("draftFromRule", () => {
  it("round-trips every rule type through the form", () => {
    const rules: EditableRule[] = [
      { type: "run_first", tool_name: "lookup", args: { q: 1 } },
      { type: "exit_loop", tool_name: "lookup" },
      { type: "continue_loop", tool_name: "lookup" },
      { type: "required_before_exit", tool_name: "lookup" },
      { type: "max_count_per_step", tool_name: "lookup", max_count_limit: 2 },
      {
        type: "constrain_child_tools",
        tool_name: "lookup",
        children: ["send_report"],
        child_arg_nodes: [{ name: "send_report", args: { to: "me" } }],
      },
      { type: "parent_last_tool", tool_name: "lookup", children: ["send_report", "memory_insert"] },
      {
        type: "conditional",
        tool_name: "lookup",
        child_output_mapping: { ok: "send_report" },
        default_child: null,
        require_output_mapping: false,
      },
    ];
    for (const rule of rules) expect(ruleFromDraft(draftFromRule(rule), { toolNames })).toEqual({ rule });
  });
});

describe("editableRuleSchema", () => {
  it("reads the server's rules and drops fields it ignores", () => {
    expect(editableRuleSchema.parse({ type: "exit_loop", tool_name: "x", prompt_template: null })).toEqual({
      type: "exit_loop",
      tool_name: "x",
    });
    expect(editableRuleSchema.safeParse({ type: "requires_approval", tool_name: "x" }).success).toBe(false);
  });

  it("describes rules in words", () => {
    expect(describeRule({ type: "max_count_per_step", tool_name: "lookup", max_count_limit: 2 })).toBe(
      "lookup at most 2× per step",
    );
  });
});
