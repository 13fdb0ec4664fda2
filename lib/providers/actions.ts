"use server";

import { runAction } from "@/lib/actions/run-action";
import type { ActionResult } from "@/lib/actions/result";
import { AppError } from "@/lib/errors";
import { activeConnection } from "@/lib/letta/connection";
import { checkServerKey, switchAgentModel } from "@/lib/letta/model-catalog";
import {
  checkNewKey,
  checkProviderSettings,
  checkSavedProvider,
  createProvider,
  deleteProvider,
  refreshProvider,
  updateProviderKey,
} from "@/lib/letta/providers";
import { forgetProviderCheck, recordProviderCheck } from "./check-store";
import { fieldsFor } from "./fields";
import { createProviderSchema, providerIdSchema, switchAgentModelSchema, updateProviderKeySchema } from "./schema";
import type { ProviderCheckRecord, ProviderView } from "./types";

async function serverKey(): Promise<string> {
  return checkServerKey(await activeConnection());
}

function refused(check: ProviderCheckRecord): AppError {
  return new AppError(
    "invalid_input",
    `The server's check failed: ${check.message}`,
    `Nothing was saved. The server tried ${check.endpoint}: correct the key or the base URL and try again.`,
  );
}

/** Adds a provider after the server has checked its key and endpoint; a refused check saves nothing. */
export async function createProviderAction(
  input: unknown,
): Promise<ActionResult<{ provider: ProviderView; check: ProviderCheckRecord | null }>> {
  return runAction(createProviderSchema, input, async (values) => {
    const uncheckable = fieldsFor(values.type).uncheckable === true;
    const check = uncheckable ? null : await checkProviderSettings(values);
    if (check && !check.ok) throw refused(check);
    const provider = await createProvider(values);
    if (check) await recordProviderCheck(await serverKey(), provider.id, check);
    return { provider, check };
  });
}

/** Replaces a provider's key (write-only) after the server has checked the new one. */
export async function updateProviderKeyAction(
  input: unknown,
): Promise<ActionResult<{ provider: ProviderView; check: ProviderCheckRecord }>> {
  return runAction(updateProviderKeySchema, input, async (values) => {
    const check = await checkNewKey(values);
    if (!check.ok) throw refused(check);
    const provider = await updateProviderKey(values);
    await recordProviderCheck(await serverKey(), provider.id, check);
    return { provider, check };
  });
}

/** Fetches the provider's models again; when that fails (Letta does not say), the check says why. */
export async function refreshProviderAction(
  input: unknown,
): Promise<ActionResult<{ provider: ProviderView; synced: boolean; check: ProviderCheckRecord | null }>> {
  return runAction(providerIdSchema, input, async ({ id }) => {
    const { provider, synced } = await refreshProvider(id);
    if (synced) return { provider, synced, check: null };
    const { check } = await checkSavedProvider(id);
    await recordProviderCheck(await serverKey(), id, check);
    return { provider, synced, check };
  });
}

/** Asks the server to check a saved provider's key and endpoint again, and keeps the result. */
export async function checkProviderAction(input: unknown): Promise<ActionResult<ProviderCheckRecord>> {
  return runAction(providerIdSchema, input, async ({ id }) => {
    const { check } = await checkSavedProvider(id);
    await recordProviderCheck(await serverKey(), id, check);
    return check;
  });
}

export async function deleteProviderAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(providerIdSchema, input, async ({ id }) => {
    await deleteProvider(id);
    await forgetProviderCheck(await serverKey(), id);
    return { id };
  });
}

/** Switches an agent to another chat or embedding model (from a "no longer offered" flag). */
export async function switchAgentModelAction(
  input: unknown,
): Promise<ActionResult<{ agentId: string; handle: string }>> {
  return runAction(switchAgentModelSchema, input, async ({ agentId, kind, handle }) => {
    await switchAgentModel(agentId, kind, handle);
    return { agentId, handle };
  });
}
