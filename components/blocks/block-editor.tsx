"use client";

import Link from "next/link";
import { useState, type ReactNode } from "react";
import { useDemoLock } from "@/components/access/access-context";
import { toast } from "@/components/ui/toast";
import { useMutation } from "@tanstack/react-query";
import { AppError, type AppErrorBody, toErrorBody } from "@/lib/errors";
import { unwrap } from "@/lib/actions/result";
import { updateBlockAction } from "@/lib/memory/actions";
import type { MemoryBlock } from "@/lib/memory/types";
import type { BlockFieldErrors, BlockFields } from "@/lib/memory/validation";
import { InlineError } from "@/components/ui/inline-error";
import { useDraftStore, type BlockDraft } from "@/components/memory/draft-store";
import { BlockConflict } from "./block-conflict";
import { Button } from "@/components/ui/button";

interface Props {
  block: MemoryBlock;
  /** The agent whose page this is; other agents using the block are listed as sharing it. */
  agentId?: string;
  /** Fetches the server's current block (for the conflict check before saving). */
  fetchLatest: () => Promise<MemoryBlock | undefined>;
  onSaved: () => void;
  actions?: ReactNode;
  /** The block is no longer on the server (or this agent); only the user's draft of it is left. */
  gone?: boolean;
}

const fieldClass =
  "w-full rounded border border-zinc-300 bg-white px-2 py-1 text-xs dark:border-zinc-700 dark:bg-zinc-950";

function fieldsOf(block: MemoryBlock): BlockFields {
  return { value: block.value, limit: block.limit, description: block.description, readOnly: block.readOnly };
}

export function BlockEditor({ block, agentId, fetchLatest, onSaved, actions, gone = false }: Props) {
  const draft = useDraftStore((state) => state.drafts[block.id]);
  const setDraft = useDraftStore((state) => state.setDraft);
  const clearDraft = useDraftStore((state) => state.clearDraft);
  const [errors, setErrors] = useState<BlockFieldErrors>({});
  const demo = useDemoLock();
  const [failure, setFailure] = useState<AppErrorBody | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const fields = draft ?? fieldsOf(block);
  const others = block.agents.filter((agent) => agent.id !== agentId);
  const changedUnderDraft = !gone && draft !== undefined && draft.baseValue !== block.value;

  const edit = (patch: Partial<BlockFields>) => {
    const next: BlockDraft = {
      ...fields,
      ...patch,
      baseValue: draft?.baseValue ?? block.value,
      label: block.label,
      agentId,
    };
    setDraft(block.id, next);
    setErrors({});
  };

  const save = useMutation({
    mutationFn: async (input: { draft: BlockDraft; force: boolean }) =>
      unwrap(
        updateBlockAction({
          blockId: block.id,
          value: input.draft.value,
          limit: input.draft.limit,
          description: input.draft.description,
          readOnly: input.draft.readOnly,
          ...(input.force ? { force: true } : { expectedValue: input.draft.baseValue }),
        }),
      ),
  });

  const onSave = async (force: boolean) => {
    if (!draft) return;
    setFailure(null);
    // The label is not editable here, so it is not checked: a label Letta gave the block is Letta's to keep.
    const { label: _label, ...editable } = draft;
    // The checks (zod) load with the first save.
    const { hasErrors, validateBlockDraft } = await import("@/lib/memory/validation");
    const found = validateBlockDraft(editable, { originalValue: block.value });
    setErrors(found);
    if (hasErrors(found)) return;
    try {
      if (!force && !gone) {
        const latest = await fetchLatest();
        if (latest && latest.value !== draft.baseValue) {
          setConflict(latest.value);
          return;
        }
      }
      await save.mutateAsync({ draft, force });
      clearDraft(block.id);
      setConflict(null);
      onSaved();
      toast.success(`Saved ${block.label}`);
    } catch (error) {
      if (error instanceof AppError && error.code === "conflict") {
        const latest = await fetchLatest().catch(() => undefined);
        setConflict(latest?.value ?? block.value);
        return;
      }
      setFailure(toErrorBody(error));
    }
  };

  const over = fields.value.length > fields.limit;
  return (
    <section
      aria-label={`Block ${block.label}`}
      className="space-y-2 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <header className="flex flex-wrap items-center gap-2">
        <h3 className="font-mono text-sm font-semibold">{block.label}</h3>
        {block.readOnly ? (
          <span className="rounded bg-zinc-200 px-1.5 text-[10px] uppercase dark:bg-zinc-700">read-only</span>
        ) : null}
        {others.length > 0 && agentId ? (
          <span className="rounded bg-blue-100 px-1.5 text-[10px] uppercase text-blue-800 dark:bg-blue-950 dark:text-blue-200">
            shared
          </span>
        ) : null}
        {draft ? (
          <span className="rounded bg-amber-100 px-1.5 text-[10px] uppercase text-amber-800 dark:bg-amber-950 dark:text-amber-200">
            unsaved draft
          </span>
        ) : null}
      </header>
      {others.length > 0 ? (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          {agentId ? "Also used by " : "Used by "}
          {others.map((agent, index) => (
            <span key={agent.id}>
              {index > 0 ? ", " : null}
              <Link href={`/agents/${agent.id}`} className="underline">
                {agent.name}
              </Link>
            </span>
          ))}
        </p>
      ) : agentId ? null : (
        <p className="text-xs text-zinc-500">Not used by any agent.</p>
      )}
      {gone ? (
        <p role="status" className="text-xs text-amber-700 dark:text-amber-300">
          This block is no longer attached to this agent on the server. Your draft is kept until you discard it.
        </p>
      ) : null}
      {changedUnderDraft && !conflict ? (
        <p role="status" className="text-xs text-amber-700 dark:text-amber-300">
          The server&apos;s value changed since you started this draft; saving will ask which version to keep.
        </p>
      ) : null}
      <label className="block text-xs">
        <span className="text-zinc-600 dark:text-zinc-400">Description</span>
        <input
          aria-invalid={errors.description ? true : undefined}
          value={fields.description}
          onChange={(event) => edit({ description: event.target.value })}
          className={fieldClass}
        />
      </label>
      {errors.description ? <p className="text-xs text-red-700 dark:text-red-400">{errors.description}</p> : null}
      <label className="block text-xs">
        <span className="text-zinc-600 dark:text-zinc-400">Value</span>
        <textarea
          rows={5}
          aria-invalid={errors.value ? true : undefined}
          value={fields.value}
          onChange={(event) => edit({ value: event.target.value })}
          className={`${fieldClass} font-mono`}
        />
      </label>
      <p
        aria-label="Character count"
        className={`text-right text-xs ${over ? "font-semibold text-red-700 dark:text-red-400" : "text-zinc-500"}`}
      >
        {fields.value.length} / {fields.limit} characters
      </p>
      {errors.value ? <p className="text-xs text-red-700 dark:text-red-400">{errors.value}</p> : null}
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-xs">
          <span className="text-zinc-600 dark:text-zinc-400">Character limit</span>
          <input
            type="number"
            min={1}
            aria-invalid={errors.limit ? true : undefined}
            value={Number.isNaN(fields.limit) ? "" : fields.limit}
            onChange={(event) => edit({ limit: event.target.valueAsNumber })}
            className={`${fieldClass} w-24`}
          />
        </label>
        <label className="flex items-center gap-1 text-xs">
          <input
            type="checkbox"
            checked={fields.readOnly}
            onChange={(event) => edit({ readOnly: event.target.checked })}
          />
          Read-only for the agent
        </label>
      </div>
      {errors.limit ? <p className="text-xs text-red-700 dark:text-red-400">{errors.limit}</p> : null}
      <InlineError error={failure} />
      {conflict !== null && draft ? (
        <BlockConflict
          mine={draft.value}
          theirs={conflict}
          busy={save.isPending}
          onKeepMine={() => void onSave(true)}
          onTakeTheirs={() => {
            clearDraft(block.id);
            setConflict(null);
            onSaved();
          }}
        />
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="primary"
          size="sm"
          {...demo.props}
          disabled={demo.locked || !draft || save.isPending}
          onClick={() => void onSave(false)}
        >
          {save.isPending ? "Saving…" : "Save"}
        </Button>
        <Button
          variant="secondary"
          size="sm"
          disabled={!draft || save.isPending}
          onClick={() => {
            clearDraft(block.id);
            setErrors({});
            setFailure(null);
            setConflict(null);
          }}
        >
          Discard draft
        </Button>
        <span className="ml-auto flex gap-2">{actions}</span>
      </div>
    </section>
  );
}
