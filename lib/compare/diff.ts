import type { CodeBlock } from "@/lib/agent-code/spec";
import { sameValue, settingKeys, settingLabels, settingValue, type SettingKey, type SettingValue } from "./settings";
import type { CompareBlock, CompareSide, CompareTool } from "./types";

type BlockField = keyof Omit<CodeBlock, "label">;
const blockFields: BlockField[] = ["value", "limit", "description", "readOnly"];

/** One thing compared between agent A and agent B. */
export type CompareItem =
  | { kind: "setting"; id: string; label: string; equal: boolean; key: SettingKey; a: SettingValue; b: SettingValue }
  | { kind: "system"; id: string; label: string; equal: boolean; a: string; b: string }
  | {
      kind: "block";
      id: string;
      label: string;
      equal: boolean;
      blockLabel: string;
      a: CompareBlock | null;
      b: CompareBlock | null;
      /** The fields that differ when both sides have the block. */
      fields: BlockField[];
    }
  | {
      kind: "tools";
      id: string;
      label: string;
      equal: boolean;
      onlyA: CompareTool[];
      onlyB: CompareTool[];
      both: string[];
    }
  | { kind: "rules"; id: string; label: string; equal: boolean; onlyA: string[]; onlyB: string[]; both: string[] };

export interface CompareResult {
  /** Differences first (settings, system prompt, blocks, tools, tool rules), then the things that are the same. */
  items: CompareItem[];
  differences: CompareItem[];
  same: CompareItem[];
  /** "3 differences: system prompt, block human, tools". */
  summary: string;
}

function compareSettings(a: CompareSide, b: CompareSide): CompareItem[] {
  return settingKeys.map((key) => {
    const valueA = settingValue(a, key);
    const valueB = settingValue(b, key);
    return {
      kind: "setting",
      id: `setting-${key}`,
      label: settingLabels[key],
      equal: sameValue(valueA, valueB),
      key,
      a: valueA,
      b: valueB,
    };
  });
}

function compareBlocks(a: CompareSide, b: CompareSide): CompareItem[] {
  const labels = [...new Set([...a.blocks, ...b.blocks].map((block) => block.label))].sort();
  return labels.map((blockLabel) => {
    const blockA = a.blocks.find((block) => block.label === blockLabel) ?? null;
    const blockB = b.blocks.find((block) => block.label === blockLabel) ?? null;
    const fields = blockA && blockB ? blockFields.filter((field) => !sameBlockField(blockA, blockB, field)) : [];
    return {
      kind: "block",
      id: `block-${blockLabel}`,
      label: `block ${blockLabel}`,
      equal: blockA !== null && blockB !== null && fields.length === 0,
      blockLabel,
      a: blockA,
      b: blockB,
      fields,
    };
  });
}

function sameBlockField(a: CodeBlock, b: CodeBlock, field: BlockField): boolean {
  if (field === "description") return (a.description ?? "") === (b.description ?? "");
  return a[field] === b[field];
}

function compareTools(a: CompareSide, b: CompareSide): CompareItem {
  const namesA = new Set(a.tools.map((tool) => tool.name));
  const namesB = new Set(b.tools.map((tool) => tool.name));
  const byName = (x: CompareTool, y: CompareTool) => x.name.localeCompare(y.name);
  const onlyA = a.tools.filter((tool) => !namesB.has(tool.name)).sort(byName);
  const onlyB = b.tools.filter((tool) => !namesA.has(tool.name)).sort(byName);
  const both = [...namesA].filter((name) => namesB.has(name)).sort();
  return { kind: "tools", id: "tools", label: "tools", equal: onlyA.length + onlyB.length === 0, onlyA, onlyB, both };
}

/** A rule as one line of JSON with its keys in order, so equal rules are equal strings. */
export function canonicalRule(rule: Record<string, unknown>): string {
  const sortKeys = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sortKeys)
      : typeof value === "object" && value !== null
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([, inner]) => inner !== null && inner !== undefined)
              .sort(([x], [y]) => x.localeCompare(y))
              .map(([key, inner]) => [key, sortKeys(inner)]),
          )
        : value;
  return JSON.stringify(sortKeys(rule));
}

function compareRules(a: CompareSide, b: CompareSide): CompareItem {
  const rulesA = [...new Set(a.toolRules.map(canonicalRule))].sort();
  const rulesB = [...new Set(b.toolRules.map(canonicalRule))].sort();
  const onlyA = rulesA.filter((rule) => !rulesB.includes(rule));
  const onlyB = rulesB.filter((rule) => !rulesA.includes(rule));
  const both = rulesA.filter((rule) => rulesB.includes(rule));
  return {
    kind: "rules",
    id: "tool-rules",
    label: "tool rules",
    equal: onlyA.length + onlyB.length === 0,
    onlyA,
    onlyB,
    both,
  };
}

export function summarize(differences: readonly CompareItem[]): string {
  if (differences.length === 0) return "No differences";
  const count = differences.length === 1 ? "1 difference" : `${differences.length} differences`;
  return `${count}: ${differences.map((item) => item.label).join(", ")}`;
}

/** Everything that differs between two agents, and everything that does not. */
export function compareAgents(a: CompareSide, b: CompareSide): CompareResult {
  const all: CompareItem[] = [
    ...compareSettings(a, b),
    { kind: "system", id: "system", label: "system prompt", equal: a.system === b.system, a: a.system, b: b.system },
    ...compareBlocks(a, b),
    compareTools(a, b),
    compareRules(a, b),
  ];
  const differences = all.filter((item) => !item.equal);
  const same = all.filter((item) => item.equal);
  return { items: [...differences, ...same], differences, same, summary: summarize(differences) };
}
