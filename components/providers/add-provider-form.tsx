"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useDemoLock } from "@/components/access/access-context";
import { InlineError } from "@/components/ui/inline-error";
import { unwrap } from "@/lib/actions/result";
import { toErrorBody } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { createProviderAction } from "@/lib/providers/actions";
import { fieldsFor } from "@/lib/providers/fields";
import type { CreateProviderInput } from "@/lib/providers/schema";
import { queryKeys } from "@/lib/query-keys";
import { inputClass } from "./styles";
import { Button } from "@/components/ui/button";

const empty = { name: "", apiKey: "", baseUrl: "", accessKey: "", region: "", apiVersion: "" };

/** Adds a provider at run time. The server checks the key and endpoint first; a refusal saves nothing. */
export function AddProviderForm({ types, onDone }: { types: string[]; onDone: (message: string) => void }) {
  const id = useId();
  const queryClient = useQueryClient();
  const demo = useDemoLock();
  const [type, setType] = useState(types.includes("openai") ? "openai" : (types[0] ?? ""));
  const [values, setValues] = useState(empty);
  const fields = fieldsFor(type);
  const mutation = useMutation({
    mutationFn: async (input: CreateProviderInput) => {
      // The checks (zod) load with the first submit.
      const { createProviderSchema } = await import("@/lib/providers/schema");
      parseInput(createProviderSchema, input);
      return await unwrap(createProviderAction(input));
    },
    onSuccess: async ({ provider, check }) => {
      setValues(empty);
      await queryClient.invalidateQueries({ queryKey: queryKeys.modelsOverview() });
      onDone(
        check
          ? `Added ${provider.name}: ${check.message}`
          : `Added ${provider.name} (Letta cannot check a ${provider.type} provider before saving).`,
      );
    },
  });
  const set = (field: keyof typeof empty) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({
      type,
      name: values.name,
      apiKey: values.apiKey,
      baseUrl: values.baseUrl,
      ...(fields.accessKey ? { accessKey: values.accessKey } : {}),
      ...(fields.region ? { region: values.region } : {}),
      ...(fields.apiVersion ? { apiVersion: values.apiVersion } : {}),
    });
  };
  const field = (name: keyof typeof empty, label: string, props: Record<string, unknown> = {}) => (
    <div className="space-y-1">
      <label htmlFor={`${id}-${name}`} className="block text-xs font-medium">
        {label}
      </label>
      <input
        id={`${id}-${name}`}
        value={values[name]}
        onChange={set(name)}
        className={inputClass}
        autoComplete="off"
        {...props}
      />
    </div>
  );
  return (
    <form onSubmit={submit} aria-label="Add a provider" className="grid gap-3 sm:grid-cols-2">
      <div className="space-y-1">
        <label htmlFor={`${id}-type`} className="block text-xs font-medium">
          Type
        </label>
        <select id={`${id}-type`} value={type} onChange={(event) => setType(event.target.value)} className={inputClass}>
          {types.map((option) => (
            <option key={option} value={option}>
              {option === "openai" ? "openai (OpenAI or any OpenAI-compatible server)" : option}
            </option>
          ))}
        </select>
      </div>
      {field("name", "Name", { required: true, placeholder: "my-local-models" })}
      {field("baseUrl", fields.baseUrl === "required" ? "Base URL" : "Base URL (optional)", {
        placeholder: fields.defaultBaseUrl ?? "http://127.0.0.1:8000/v1",
        required: fields.baseUrl === "required",
        inputMode: "url",
      })}
      {fields.accessKey ? field("accessKey", fields.accessKey) : null}
      {field("apiKey", fields.keyLabel, { type: "password", required: true })}
      {fields.region ? field("region", "Region") : null}
      {fields.apiVersion ? field("apiVersion", "API version (optional)") : null}
      {fields.hint ? <p className="text-xs text-zinc-600 sm:col-span-2 dark:text-zinc-400">{fields.hint}</p> : null}
      <div className="space-y-2 sm:col-span-2">
        <InlineError error={mutation.error ? toErrorBody(mutation.error) : null} />
        <Button variant="primary" type="submit" disabled={mutation.isPending} {...demo.props}>
          {mutation.isPending ? "Checking with the server…" : "Check and add provider"}
        </Button>
      </div>
    </form>
  );
}
