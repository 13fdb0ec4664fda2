import { z } from "zod";
import { splitCommaList } from "@/lib/comma-list";

/**
 * Tool rules as the Letta 0.16.8 server stores them (letta/schemas/tool_rule.py), minus
 * `requires_approval`, which the Tools panel shows as a per-tool switch instead.
 */
export const RULE_TYPES = [
  { type: "run_first", label: "Init", help: "Runs first, at the start of every turn." },
  { type: "exit_loop", label: "Terminal", help: "Ends the turn when called." },
  { type: "continue_loop", label: "Continue", help: "The agent keeps going after calling it." },
  { type: "required_before_exit", label: "Required before exit", help: "Must be called before the turn can end." },
  { type: "max_count_per_step", label: "Max count", help: "Called at most this many times per step." },
  { type: "constrain_child_tools", label: "Child", help: "After it, only these tools may be called." },
  { type: "parent_last_tool", label: "Parent", help: "These tools may only be called right after it." },
  { type: "conditional", label: "Conditional", help: "Its output chooses the next tool." },
] as const;

export type EditableRuleType = (typeof RULE_TYPES)[number]["type"];

export function ruleTypeLabel(type: string): string {
  return RULE_TYPES.find((entry) => entry.type === type)?.label ?? type;
}

const toolName = z.string().trim().min(1, "Choose a tool").max(200, "A tool name has at most 200 characters");
const toolNames = z.array(toolName).min(1, "Name at least one tool");
const jsonObject = z.record(z.string(), z.unknown());

const childArgNode = z.object({ name: toolName, args: jsonObject.nullish() });

export const editableRuleSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("run_first"), tool_name: toolName, args: jsonObject.nullish() }),
  z.object({ type: z.literal("exit_loop"), tool_name: toolName }),
  z.object({ type: z.literal("continue_loop"), tool_name: toolName }),
  z.object({ type: z.literal("required_before_exit"), tool_name: toolName }),
  z.object({
    type: z.literal("max_count_per_step"),
    tool_name: toolName,
    max_count_limit: z
      .number()
      .int("The limit is a whole number")
      .min(1, "The limit is at least 1")
      .max(1_000_000, "The limit is at most 1,000,000"),
  }),
  z
    .object({
      type: z.literal("constrain_child_tools"),
      tool_name: toolName,
      children: toolNames,
      child_arg_nodes: z.array(childArgNode).nullish(),
    })
    .refine((rule) => (rule.child_arg_nodes ?? []).every((node) => rule.children.includes(node.name)), {
      message: "Prefilled arguments may only name one of the child tools",
      path: ["child_arg_nodes"],
    }),
  z.object({ type: z.literal("parent_last_tool"), tool_name: toolName, children: toolNames }),
  z.object({
    type: z.literal("conditional"),
    tool_name: toolName,
    child_output_mapping: z
      .record(z.string(), toolName)
      .refine((mapping) => Object.keys(mapping).length > 0, "Map at least one output to a tool"),
    default_child: toolName.nullish(),
    require_output_mapping: z.boolean().default(false),
  }),
]);

export type EditableRule = z.infer<typeof editableRuleSchema>;

export const editableRulesSchema = z.array(editableRuleSchema).max(200);

/** The form state of one rule: every field as the person typed it. */
export interface RuleDraft {
  type: EditableRuleType;
  toolName: string;
  /** Comma-separated tool names (child and parent rules). */
  children: string;
  maxCount: string;
  /** JSON object of prefilled arguments (init rule), or empty. */
  args: string;
  /** JSON array of `{name, args}` (child rule), or empty. */
  childArgNodes: string;
  /** One `output => tool` per line (conditional rule). */
  mapping: string;
  defaultChild: string;
  requireOutputMapping: boolean;
}

export type RuleDraftField = keyof Omit<RuleDraft, "type" | "requireOutputMapping">;
export type RuleDraftErrors = Partial<Record<RuleDraftField, string>>;

export function emptyRuleDraft(type: EditableRuleType = "exit_loop", toolName = ""): RuleDraft {
  return {
    type,
    toolName,
    children: "",
    maxCount: "1",
    args: "",
    childArgNodes: "",
    mapping: "",
    defaultChild: "",
    requireOutputMapping: false,
  };
}

export function draftFromRule(rule: EditableRule): RuleDraft {
  const draft = emptyRuleDraft(rule.type, rule.tool_name);
  switch (rule.type) {
    case "run_first":
      return { ...draft, args: rule.args ? JSON.stringify(rule.args, null, 2) : "" };
    case "max_count_per_step":
      return { ...draft, maxCount: String(rule.max_count_limit) };
    case "constrain_child_tools":
      return {
        ...draft,
        children: rule.children.join(", "),
        childArgNodes: rule.child_arg_nodes?.length ? JSON.stringify(rule.child_arg_nodes, null, 2) : "",
      };
    case "parent_last_tool":
      return { ...draft, children: rule.children.join(", ") };
    case "conditional":
      return {
        ...draft,
        mapping: Object.entries(rule.child_output_mapping)
          .map(([output, child]) => `${output} => ${child}`)
          .join("\n"),
        defaultChild: rule.default_child ?? "",
        requireOutputMapping: rule.require_output_mapping,
      };
    default:
      return draft;
  }
}

/** Parses `output => tool` lines; a line without `=>` or with an output given twice is an error. */
export function parseOutputMapping(text: string): { mapping: Record<string, string> } | { error: string } {
  const mapping: Record<string, string> = {};
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  for (const [index, line] of lines.entries()) {
    const arrow = line.lastIndexOf("=>");
    if (arrow < 0) return { error: `Line ${index + 1}: write it as "output => tool_name"` };
    const output = line.slice(0, arrow).trim();
    const child = line.slice(arrow + 2).trim();
    if (!output || !child) return { error: `Line ${index + 1}: give both an output and a tool` };
    if (output in mapping) return { error: `Line ${index + 1}: the output "${output}" is mapped twice` };
    mapping[output] = child;
  }
  return { mapping };
}

function parseJsonField(text: string, expect: "object" | "array"): { value: unknown } | { error: string } {
  if (!text.trim()) return { value: null };
  try {
    const value: unknown = JSON.parse(text);
    const isArray = Array.isArray(value);
    const ok = expect === "array" ? isArray : typeof value === "object" && value !== null && !isArray;
    return ok ? { value } : { error: expect === "array" ? "Give a JSON array" : "Give a JSON object" };
  } catch (error) {
    return { error: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Turns a draft into a rule the server accepts, or says per field what is wrong. `toolNames` are the agent's tools. */
export function ruleFromDraft(
  draft: RuleDraft,
  context: { toolNames: readonly string[] },
): { rule: EditableRule } | { errors: RuleDraftErrors } {
  const errors: RuleDraftErrors = {};
  const known = new Set(context.toolNames);
  const unknown = (names: string[]) => names.filter((name) => !known.has(name));
  const candidate: Record<string, unknown> = { type: draft.type, tool_name: draft.toolName.trim() };

  if (draft.toolName.trim() && !known.has(draft.toolName.trim()))
    errors.toolName = `${draft.toolName.trim()} is not one of this agent's tools`;

  if (draft.type === "constrain_child_tools" || draft.type === "parent_last_tool") {
    const children = splitCommaList(draft.children);
    candidate.children = children;
    const missing = unknown(children);
    if (missing.length > 0) errors.children = `Not tools of this agent: ${missing.join(", ")}`;
  }
  if (draft.type === "constrain_child_tools") {
    const nodes = parseJsonField(draft.childArgNodes, "array");
    if ("error" in nodes) errors.childArgNodes = nodes.error;
    else candidate.child_arg_nodes = nodes.value;
  }
  if (draft.type === "run_first") {
    const args = parseJsonField(draft.args, "object");
    if ("error" in args) errors.args = args.error;
    else candidate.args = args.value;
  }
  if (draft.type === "max_count_per_step") {
    const text = draft.maxCount.trim();
    candidate.max_count_limit = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
    if (Number.isNaN(candidate.max_count_limit)) errors.maxCount = "Give a whole number";
  }
  if (draft.type === "conditional") {
    const parsed = parseOutputMapping(draft.mapping);
    if ("error" in parsed) errors.mapping = parsed.error;
    else {
      candidate.child_output_mapping = parsed.mapping;
      const missing = unknown(Object.values(parsed.mapping));
      if (missing.length > 0) errors.mapping = `Not tools of this agent: ${[...new Set(missing)].join(", ")}`;
    }
    const fallback = draft.defaultChild.trim();
    candidate.default_child = fallback || null;
    if (fallback && !known.has(fallback)) errors.defaultChild = `${fallback} is not one of this agent's tools`;
    candidate.require_output_mapping = draft.requireOutputMapping;
  }

  const parsed = editableRuleSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path[0]);
      if (field) errors[field] ??= issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success)
    return { errors: Object.keys(errors).length > 0 ? errors : { toolName: "This rule is not valid" } };
  return { rule: parsed.data };
}

function fieldOf(key: PropertyKey | undefined): RuleDraftField | undefined {
  switch (key) {
    case "tool_name":
      return "toolName";
    case "children":
      return "children";
    case "max_count_limit":
      return "maxCount";
    case "args":
      return "args";
    case "child_arg_nodes":
      return "childArgNodes";
    case "child_output_mapping":
      return "mapping";
    case "default_child":
      return "defaultChild";
    default:
      return undefined;
  }
}

/** A one-line description of a rule, for the list. */
export function describeRule(rule: EditableRule): string {
  switch (rule.type) {
    case "run_first":
      return `${rule.tool_name} runs first${rule.args ? ` with ${JSON.stringify(rule.args)}` : ""}`;
    case "exit_loop":
      return `${rule.tool_name} ends the turn`;
    case "continue_loop":
      return `${rule.tool_name} continues the turn`;
    case "required_before_exit":
      return `${rule.tool_name} must be called before the turn ends`;
    case "max_count_per_step":
      return `${rule.tool_name} at most ${rule.max_count_limit}× per step`;
    case "constrain_child_tools":
      return `after ${rule.tool_name}: only ${rule.children.join(", ")}`;
    case "parent_last_tool":
      return `${rule.children.join(", ")} only right after ${rule.tool_name}`;
    case "conditional":
      return `after ${rule.tool_name}: ${Object.entries(rule.child_output_mapping)
        .map(([output, child]) => `"${output}" → ${child}`)
        .join(
          ", ",
        )}${rule.default_child ? `, otherwise ${rule.default_child}` : ""}${rule.require_output_mapping ? " (output must match)" : ""}`;
  }
}

/** True when two rules are the same rule (same type, tool and settings), so a list never holds it twice. */
export function sameRule(a: EditableRule, b: EditableRule): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
