import "server-only";
import type Letta from "@letta-ai/letta-client";
import { z } from "zod";
import { accessConfig } from "@/lib/access/config";
import { publicUrl } from "@/lib/access/mask";
import { AppError } from "@/lib/errors";
import { knownProviderTypes, modelListEndpoint, unaddableTypes } from "@/lib/providers/fields";
import type { CreateProviderValues, UpdateProviderKeyValues } from "@/lib/providers/schema";
import type { ProviderCheckRecord, ProviderView } from "@/lib/providers/types";
import { withLetta } from "./client";
import type { LettaConnection } from "./connection";
import { serverReason } from "./errors";

/**
 * Run-time ("BYOK") providers: `/v1/providers` of Letta 0.16.8, which SDK 1.12.1 has no resource for. Letta answers
 * with the stored key in plain text (`api_key_enc`): only the fields below are read, so no key leaves this module.
 */
const rawProviderSchema = z.object({
  id: z.string(),
  name: z.string(),
  provider_type: z.string(),
  provider_category: z.string().nullish(),
  base_url: z.string().nullish(),
  region: z.string().nullish(),
  api_version: z.string().nullish(),
  updated_at: z.string().nullish(),
  last_synced: z.string().nullish(),
  api_key_enc: z.unknown().optional(),
  access_key_enc: z.unknown().optional(),
});
type RawProvider = z.infer<typeof rawProviderSchema>;

function present(value: unknown): boolean {
  return typeof value === "string" ? value.length > 0 : value !== null && value !== undefined;
}

export function toProviderView(raw: RawProvider): ProviderView {
  const demo = accessConfig().demo;
  return {
    id: raw.id,
    name: raw.name,
    type: raw.provider_type,
    baseUrl: raw.base_url ? publicUrl(raw.base_url, demo) : null,
    region: raw.region ?? null,
    apiVersion: raw.api_version ?? null,
    hasKey: present(raw.api_key_enc),
    hasAccessKey: present(raw.access_key_enc),
    lastSynced: raw.last_synced ?? null,
    updatedAt: raw.updated_at ?? null,
  };
}

export function parseProvider(value: unknown): RawProvider {
  const parsed = rawProviderSchema.safeParse(value);
  if (!parsed.success)
    throw new AppError(
      "server_error",
      "The Letta server's provider has an unexpected shape.",
      "This server version may not support run-time providers.",
    );
  return parsed.data;
}

const pathOf = (id: string) => `/v1/providers/${encodeURIComponent(id)}`;

async function listRaw(client: Letta): Promise<RawProvider[]> {
  const all: RawProvider[] = [];
  let after: string | undefined;
  // The server pages by cursor (50 at most per page); 20 pages is far more providers than anyone adds by hand.
  for (let page = 0; page < 20; page++) {
    const items = await client.get<unknown>("/v1/providers/", {
      query: { limit: 50, order: "asc", ...(after ? { after } : {}) },
    });
    if (!Array.isArray(items)) throw new AppError("server_error", "Unexpected provider list.", "Try again.");
    const batch = items.map(parseProvider);
    all.push(...batch);
    if (batch.length < 50) break;
    after = batch.at(-1)?.id;
  }
  // Letta lists only run-time providers here; keep to them in case a server also sends its environment's.
  return all.filter((provider) => (provider.provider_category ?? "byok") === "byok");
}

/** The server's run-time providers, without their keys. */
export async function listProviders(connection?: LettaConnection): Promise<ProviderView[]> {
  return withLetta(async (client) => (await listRaw(client)).map(toProviderView), connection);
}

async function getProvider(id: string): Promise<ProviderView> {
  return withLetta(async (client) => toProviderView(parseProvider(await client.get<unknown>(pathOf(id)))));
}

const openApiSchema = z.object({
  components: z.object({ schemas: z.object({ ProviderType: z.object({ enum: z.array(z.string()) }) }) }),
});
const typeCache = new Map<string, { at: number; types: string[] }>();

/** The provider types the server can add at run time: its OpenAPI schema's list, less those the API cannot add. */
export async function providerTypes(): Promise<string[]> {
  return withLetta(async (client, connection) => {
    const cached = typeCache.get(connection.baseUrl);
    if (cached && Date.now() - cached.at < 10 * 60_000) return cached.types;
    let types = knownProviderTypes;
    try {
      const parsed = openApiSchema.safeParse(await client.get<unknown>("/openapi.json"));
      if (parsed.success) types = parsed.data.components.schemas.ProviderType.enum;
    } catch {
      // A server that hides its schema: the types Letta 0.16.8 knows.
    }
    const addable = types.filter((type) => !unaddableTypes.has(type));
    typeCache.set(connection.baseUrl, { at: Date.now(), types: addable });
    return addable;
  });
}

/** What the check sends: the form's fields in Letta's names, empty ones left out. */
function checkBody(values: CheckValues) {
  return {
    provider_type: values.type,
    api_key: values.apiKey,
    ...(values.baseUrl ? { base_url: values.baseUrl } : {}),
    ...(values.accessKey ? { access_key: values.accessKey } : {}),
    ...(values.region ? { region: values.region } : {}),
    ...(values.apiVersion ? { api_version: values.apiVersion } : {}),
  };
}

/** A check's words with any key the user typed blotted out (a provider's error may quote it). */
function redact(message: string, secrets: Array<string | undefined>): string {
  return secrets.reduce<string>(
    (text, secret) => (secret && secret.length >= 4 ? text.split(secret).join("•••") : text),
    message,
  );
}

function checkFailure(error: unknown): string {
  if (error instanceof AppError) {
    const cause = error.cause as { error?: unknown } | undefined;
    const reason = cause && typeof cause === "object" ? serverReason(cause.error) : undefined;
    return reason ?? error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Asks the server to check a key and endpoint (`POST /v1/providers/check`, which lists the provider's models with
 * them). Never throws for a refusal: the result carries the server's reason and the endpoint it tried.
 */
export interface CheckValues {
  type: string;
  apiKey: string;
  baseUrl?: string | undefined;
  accessKey?: string | undefined;
  region?: string | undefined;
  apiVersion?: string | undefined;
}

export async function checkProviderSettings(values: CheckValues): Promise<ProviderCheckRecord> {
  const endpoint = modelListEndpoint(values.type, values.baseUrl ?? null);
  const demo = accessConfig().demo;
  const shownEndpoint = /^https?:/.test(endpoint) ? publicUrl(endpoint, demo) : endpoint;
  try {
    const answer = await withLetta((client) =>
      client.post<unknown>("/v1/providers/check", { body: checkBody(values), maxRetries: 0 }),
    );
    const message = serverReason(answer) ?? "The server accepted the key.";
    return record(true, message, shownEndpoint);
  } catch (error) {
    // Letta itself unreachable is not the provider's fault; any answer from Letta is the check's result.
    if (error instanceof AppError && error.code === "unreachable") throw error;
    return record(false, redact(checkFailure(error), [values.apiKey, values.accessKey]), shownEndpoint);
  }
}

function record(ok: boolean, message: string, endpoint: string): ProviderCheckRecord {
  return { ok, message, endpoint, checkedAt: new Date().toISOString() };
}

/** Checks a saved provider with its stored key (`POST /v1/providers/{id}/check`). */
export async function checkSavedProvider(id: string): Promise<{ provider: ProviderView; check: ProviderCheckRecord }> {
  const provider = await getProvider(id);
  const endpoint = modelListEndpoint(provider.type, provider.baseUrl);
  try {
    const answer = await withLetta((client) => client.post<unknown>(`${pathOf(id)}/check`, { maxRetries: 0 }));
    return { provider, check: record(true, serverReason(answer) ?? "The server accepted the key.", endpoint) };
  } catch (error) {
    if (error instanceof AppError && error.code === "unreachable") throw error;
    return { provider, check: record(false, checkFailure(error), endpoint) };
  }
}

export async function createProvider(values: CreateProviderValues): Promise<ProviderView> {
  return withLetta(async (client) => {
    const created = parseProvider(
      await client.post<unknown>("/v1/providers/", { body: { name: values.name, ...checkBody(values) } }),
    );
    // Letta fetches the new provider's models while creating it, then stamps last_synced: read it back.
    return toProviderView(parseProvider(await client.get<unknown>(pathOf(created.id))));
  });
}

/** Replaces the stored key (Letta's update requires one); the base URL changes only when given. */
export async function updateProviderKey(values: UpdateProviderKeyValues): Promise<ProviderView> {
  return withLetta(async (client) =>
    toProviderView(
      parseProvider(
        await client.patch<unknown>(pathOf(values.id), {
          body: {
            api_key: values.apiKey,
            ...(values.accessKey ? { access_key: values.accessKey } : {}),
            ...(values.baseUrl ? { base_url: values.baseUrl } : {}),
          },
        }),
      ),
    ),
  );
}

/**
 * Fetches the provider's models again (`PATCH /v1/providers/{id}/refresh`). Letta swallows a failure to fetch
 * them: only a changed last_synced says it worked.
 */
export async function refreshProvider(id: string): Promise<{ provider: ProviderView; synced: boolean }> {
  return withLetta(async (client) => {
    const before = parseProvider(await client.get<unknown>(pathOf(id)));
    const after = parseProvider(await client.patch<unknown>(`${pathOf(id)}/refresh`));
    const synced = Boolean(after.last_synced) && after.last_synced !== before.last_synced;
    return { provider: toProviderView(after), synced };
  });
}

export async function deleteProvider(id: string): Promise<void> {
  await withLetta((client) => client.delete<unknown>(pathOf(id)));
}

/** Checks a new key for a saved provider, with its stored endpoint unless a new one is given. */
export async function checkNewKey(values: UpdateProviderKeyValues): Promise<ProviderCheckRecord> {
  const raw = await withLetta(async (client) => parseProvider(await client.get<unknown>(pathOf(values.id))));
  return checkProviderSettings({
    type: raw.provider_type,
    apiKey: values.apiKey,
    baseUrl: values.baseUrl ?? raw.base_url ?? undefined,
    accessKey: values.accessKey,
    region: raw.region ?? undefined,
    apiVersion: raw.api_version ?? undefined,
  });
}
