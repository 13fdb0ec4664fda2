"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useDemoLock } from "@/components/access/access-context";
import { InlineError } from "@/components/ui/inline-error";
import { unwrap } from "@/lib/actions/result";
import { toErrorBody } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { updateProviderKeyAction } from "@/lib/providers/actions";
import { fieldsFor } from "@/lib/providers/fields";
import type { ProviderView } from "@/lib/providers/types";
import { queryKeys } from "@/lib/query-keys";
import { inputClass } from "./styles";
import { Button } from "@/components/ui/button";

/** A new key for a saved provider: write-only (the stored key is never shown), checked by the server first. */
export function EditKeyForm({ provider, onDone }: { provider: ProviderView; onDone: (message: string) => void }) {
  const id = useId();
  const queryClient = useQueryClient();
  const demo = useDemoLock();
  const [apiKey, setApiKey] = useState("");
  const [accessKey, setAccessKey] = useState("");
  const [baseUrl, setBaseUrl] = useState("");
  const fields = fieldsFor(provider.type);
  const mutation = useMutation({
    mutationFn: async () => {
      const input = { id: provider.id, apiKey, accessKey, baseUrl };
      // The checks (zod) load with the first submit.
      const { updateProviderKeySchema } = await import("@/lib/providers/schema");
      parseInput(updateProviderKeySchema, input);
      return await unwrap(updateProviderKeyAction(input));
    },
    onSuccess: async ({ check }) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.modelsOverview() });
      onDone(`New key saved for ${provider.name}: ${check.message}`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  return (
    <form onSubmit={submit} aria-label={`Change the key of ${provider.name}`} className="space-y-2">
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        The stored key is never shown. Type a new one: the server checks it before it replaces the old.
      </p>
      {fields.accessKey ? (
        <div className="space-y-1">
          <label htmlFor={`${id}-access`} className="block text-xs font-medium">
            New {fields.accessKey}
          </label>
          <input
            id={`${id}-access`}
            value={accessKey}
            onChange={(e) => setAccessKey(e.target.value)}
            className={inputClass}
            autoComplete="off"
          />
        </div>
      ) : null}
      <div className="space-y-1">
        <label htmlFor={`${id}-key`} className="block text-xs font-medium">
          New {fields.keyLabel}
        </label>
        <input
          id={`${id}-key`}
          type="password"
          required
          value={apiKey}
          onChange={(e) => setApiKey(e.target.value)}
          className={inputClass}
          autoComplete="new-password"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-url`} className="block text-xs font-medium">
          New base URL (optional)
        </label>
        <input
          id={`${id}-url`}
          value={baseUrl}
          placeholder={provider.baseUrl ?? ""}
          onChange={(e) => setBaseUrl(e.target.value)}
          className={inputClass}
          inputMode="url"
        />
      </div>
      <InlineError error={mutation.error ? toErrorBody(mutation.error) : null} />
      <Button variant="secondary" size="sm" type="submit" disabled={mutation.isPending} {...demo.props}>
        {mutation.isPending ? "Checking…" : "Check and save key"}
      </Button>
    </form>
  );
}
