"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { unwrap } from "@/lib/actions/result";
import { queryKeys } from "@/lib/query-keys";
import {
  describeRule,
  draftFromRule,
  emptyRuleDraft,
  ruleTypeLabel,
  sameRule,
  type EditableRule,
} from "@/lib/tools/rules";
import { replaceToolRulesAction } from "@/lib/tools/actions";
import type { AgentToolsView } from "@/lib/tools/types";
import { RuleForm } from "./rule-form";
import { Button } from "@/components/ui/button";

/** View, add, edit and remove the agent's tool rules; every change saves the whole list. */
export function ToolRules({ agentId, view }: { agentId: string; view: AgentToolsView }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const toolNames = view.tools.map((tool) => tool.name);
  const save = useMutation({
    mutationFn: async (rules: EditableRule[]) => unwrap(replaceToolRulesAction({ agentId, rules })),
    onSuccess: (next) => queryClient.setQueryData(queryKeys.agentTools(agentId), next),
  });

  const saveList = async (rules: EditableRule[]) => {
    await save.mutateAsync(rules);
  };
  const duplicateOf = (rule: EditableRule, skip: number | null) =>
    view.rules.some((other, index) => index !== skip && sameRule(other, rule));

  return (
    <section aria-label="Tool rules" className="space-y-2">
      <h2 className="text-sm font-semibold">Tool rules ({view.rules.length})</h2>
      <p className="text-xs text-zinc-500">Rules constrain which tool the agent may call and when.</p>
      {view.rules.length === 0 ? <p className="text-xs text-zinc-500">No tool rules.</p> : null}
      <ul className="space-y-2">
        {view.rules.map((rule, index) => (
          <li
            key={`${index}-${JSON.stringify(rule)}`}
            aria-label={`Rule ${ruleTypeLabel(rule.type)} ${rule.tool_name}`}
            className="space-y-1 rounded-lg border border-zinc-200 bg-white p-2 text-xs dark:border-zinc-800 dark:bg-zinc-900"
          >
            {editing === index ? (
              <RuleForm
                label={`Edit rule ${ruleTypeLabel(rule.type)} ${rule.tool_name}`}
                initial={draftFromRule(rule)}
                toolNames={toolNames}
                submitLabel="Save rule"
                pending={save.isPending}
                isDuplicate={(candidate) => duplicateOf(candidate, index)}
                onCancel={() => setEditing(null)}
                onSubmit={async (next) => {
                  await saveList(view.rules.map((current, at) => (at === index ? next : current)));
                  setEditing(null);
                }}
              />
            ) : (
              <>
                <p>
                  <span className="mr-1 rounded bg-zinc-100 px-1.5 py-0.5 text-[10px] font-medium uppercase tracking-wide dark:bg-zinc-800">
                    {ruleTypeLabel(rule.type)}
                  </span>
                  <span className="break-words">{describeRule(rule)}</span>
                </p>
                {!toolNames.includes(rule.tool_name) ? (
                  <p className="text-amber-700 dark:text-amber-400">{rule.tool_name} is not attached to this agent.</p>
                ) : null}
                <div className="flex gap-2">
                  <Button variant="secondary" size="sm" onClick={() => setEditing(index)}>
                    Edit
                  </Button>
                  <ConfirmButton
                    label="Remove"
                    question={`Remove the ${ruleTypeLabel(rule.type)} rule on ${rule.tool_name}?`}
                    confirmLabel="Remove"
                    disabled={save.isPending}
                    onConfirm={() => void saveList(view.rules.filter((_, at) => at !== index)).catch(() => undefined)}
                  />
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {editing === null && save.error ? <InlineError error={toErrorBody(save.error)} /> : null}
      {adding ? (
        <div className="rounded-lg border border-dashed border-zinc-300 p-3 text-xs dark:border-zinc-700">
          <RuleForm
            label="New tool rule"
            initial={emptyRuleDraft("exit_loop", toolNames[0] ?? "")}
            toolNames={toolNames}
            submitLabel="Add rule"
            pending={save.isPending}
            isDuplicate={(candidate) => duplicateOf(candidate, null)}
            onCancel={() => setAdding(false)}
            onSubmit={async (rule) => {
              await saveList([...view.rules, rule]);
              setAdding(false);
            }}
          />
        </div>
      ) : (
        <Button variant="secondary" size="sm" onClick={() => setAdding(true)}>
          Add a rule
        </Button>
      )}
    </section>
  );
}
