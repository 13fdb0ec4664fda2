"use client";

import type { MemoryBlockInput } from "@/lib/agents/create-schema";
import { DEFAULT_BLOCK_LIMIT } from "@/lib/agents/defaults";
import { Field, FieldError, inputClass, inputId, invalidProps } from "./form-field";
import { Button } from "@/components/ui/button";

interface MemoryBlocksEditorProps {
  blocks: MemoryBlockInput[];
  errors: Record<string, string>;
  onChange: (blocks: MemoryBlockInput[]) => void;
}

export function MemoryBlocksEditor({ blocks, errors, onChange }: MemoryBlocksEditorProps) {
  const update = (index: number, change: Partial<MemoryBlockInput>) =>
    onChange(blocks.map((block, i) => (i === index ? { ...block, ...change } : block)));

  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium">Memory blocks</legend>
      <p className="text-xs text-zinc-500">Core memory the agent always sees and can edit (unless read-only).</p>
      {blocks.length === 0 ? (
        <p className="text-sm text-zinc-500">No blocks: the agent starts with an empty core memory.</p>
      ) : null}
      {blocks.map((block, index) => {
        const at = (field: string) => `blocks.${index}.${field}`;
        return (
          <fieldset key={index} className="space-y-2 rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
            <legend className="px-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">Block {index + 1}</legend>
            <div className="grid gap-2 sm:grid-cols-[1fr_8rem]">
              <Field label="Label" field={at("label")} error={errors[at("label")]}>
                <input
                  id={inputId(at("label"))}
                  value={block.label}
                  onChange={(event) => update(index, { label: event.target.value })}
                  className={inputClass}
                  {...invalidProps(at("label"), errors[at("label")])}
                />
              </Field>
              <Field label="Limit" field={at("limit")} error={errors[at("limit")]}>
                <input
                  id={inputId(at("limit"))}
                  type="number"
                  min={1}
                  value={Number.isNaN(block.limit) ? "" : block.limit}
                  onChange={(event) =>
                    update(index, { limit: event.target.value === "" ? Number.NaN : Number(event.target.value) })
                  }
                  className={inputClass}
                  {...invalidProps(at("limit"), errors[at("limit")])}
                />
              </Field>
            </div>
            <Field
              label="Value"
              field={at("value")}
              error={errors[at("value")]}
              hint={`${block.value.length.toLocaleString("en")} characters`}
            >
              <textarea
                id={inputId(at("value"))}
                value={block.value}
                rows={3}
                onChange={(event) => update(index, { value: event.target.value })}
                className={`${inputClass} font-mono`}
                {...invalidProps(at("value"), errors[at("value")])}
              />
            </Field>
            <Field label="Description" field={at("description")} error={errors[at("description")]}>
              <input
                id={inputId(at("description"))}
                value={block.description}
                onChange={(event) => update(index, { description: event.target.value })}
                className={inputClass}
              />
            </Field>
            <div className="flex items-center justify-between">
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={block.readOnly}
                  onChange={(event) => update(index, { readOnly: event.target.checked })}
                />
                Read-only (the agent cannot edit it)
              </label>
              <Button variant="danger" size="sm" onClick={() => onChange(blocks.filter((_, i) => i !== index))}>
                Remove block {index + 1}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <FieldError field="blocks" error={errors.blocks} />
      <Button
        variant="secondary"
        onClick={() =>
          onChange([...blocks, { label: "", value: "", limit: DEFAULT_BLOCK_LIMIT, description: "", readOnly: false }])
        }
      >
        Add memory block
      </Button>
    </fieldset>
  );
}
