/**
 * What the add-provider form asks for, per provider type, read from Letta 0.16.8's provider schemas
 * (letta/schemas/providers/*.py). The server's own list of types comes from its OpenAPI schema; this table only
 * says which of its fields each type uses.
 */
export interface ProviderTypeFields {
  /** "required": the type has no default endpoint; "optional": the default is shown as the placeholder. */
  baseUrl: "required" | "optional";
  defaultBaseUrl?: string;
  keyLabel: string;
  accessKey?: string;
  region?: boolean;
  apiVersion?: boolean;
  /** Letta 0.16.8 has no key check for this type (the check fails with "An unknown error occurred"). */
  uncheckable?: boolean;
  hint?: string;
}

const openAiCompatible =
  "Any OpenAI-compatible server (vLLM, LM Studio, llama.cpp, a proxy…): its base URL ends in /v1.";

const providerTypeFields: Record<string, ProviderTypeFields> = {
  openai: {
    baseUrl: "optional",
    defaultBaseUrl: "https://api.openai.com/v1",
    keyLabel: "API key",
    hint: `${openAiCompatible} Letta names the chat models of any base URL other than OpenAI's openai-proxy/<model>.`,
  },
  anthropic: { baseUrl: "optional", defaultBaseUrl: "https://api.anthropic.com/v1", keyLabel: "API key" },
  google_ai: { baseUrl: "optional", keyLabel: "API key" },
  azure: { baseUrl: "required", keyLabel: "API key", apiVersion: true, hint: "The base URL is the Azure endpoint." },
  bedrock: { baseUrl: "optional", keyLabel: "Secret access key", accessKey: "Access key id", region: true },
  ollama: {
    baseUrl: "required",
    keyLabel: "API key",
    hint: "Ollama's URL with /v1 (http://host:11434/v1): the check lists models there, the model list comes from /api/tags. Ollama needs no key: type any text.",
  },
  lmstudio_openai: {
    baseUrl: "required",
    keyLabel: "API key",
    hint: "LM Studio's URL with /v1. LM Studio needs no key: type any text.",
  },
  vllm: {
    baseUrl: "required",
    keyLabel: "API key",
    uncheckable: true,
    hint: "vLLM's URL. Without a key configured in vLLM, type any text.",
  },
  sglang: { baseUrl: "required", keyLabel: "API key", uncheckable: true },
  groq: { baseUrl: "optional", defaultBaseUrl: "https://api.groq.com/openai/v1", keyLabel: "API key" },
  together: { baseUrl: "optional", defaultBaseUrl: "https://api.together.xyz/v1", keyLabel: "API key" },
  openrouter: { baseUrl: "optional", defaultBaseUrl: "https://openrouter.ai/api/v1", keyLabel: "API key" },
  deepseek: { baseUrl: "optional", defaultBaseUrl: "https://api.deepseek.com/v1", keyLabel: "API key" },
  mistral: { baseUrl: "optional", defaultBaseUrl: "https://api.mistral.ai/v1", keyLabel: "API key", uncheckable: true },
  xai: { baseUrl: "optional", defaultBaseUrl: "https://api.x.ai/v1", keyLabel: "API key" },
  zai: { baseUrl: "optional", defaultBaseUrl: "https://api.z.ai/api/paas/v4/", keyLabel: "API key" },
  zai_coding: { baseUrl: "optional", defaultBaseUrl: "https://api.z.ai/api/coding/paas/v4/", keyLabel: "API key" },
  cerebras: { baseUrl: "optional", defaultBaseUrl: "https://api.cerebras.ai/v1", keyLabel: "API key" },
  minimax: { baseUrl: "optional", defaultBaseUrl: "https://api.minimax.io/anthropic", keyLabel: "API key" },
  baseten: { baseUrl: "optional", defaultBaseUrl: "https://inference.baseten.co/v1", keyLabel: "API key" },
};

/**
 * Types the server lists but cannot add through the API: `letta` (its hosted models), `chatgpt_oauth` (an OAuth
 * sign-in), `google_vertex` (needs a project the API cannot pass), and `fireworks`/`hugging-face` (no provider
 * class behind them in 0.16.8).
 */
export const unaddableTypes = new Set(["letta", "chatgpt_oauth", "google_vertex", "fireworks", "hugging-face"]);

/** The types of Letta 0.16.8, for a server whose schema cannot be read. */
export const knownProviderTypes = Object.keys(providerTypeFields);

export function fieldsFor(type: string): ProviderTypeFields {
  return providerTypeFields[type] ?? { baseUrl: "optional", keyLabel: "API key" };
}

/**
 * The URL the server calls to list a provider's models (and to check its key), worked out from its type and base
 * URL as Letta 0.16.8 does it; shown when a provider has no models.
 */
export function modelListEndpoint(type: string, baseUrl: string | null): string {
  const base = (baseUrl ?? fieldsFor(type).defaultBaseUrl ?? "").replace(/\/+$/, "");
  if (!base) return `(${type}'s default endpoint)`;
  switch (type) {
    case "ollama":
      return `${base.replace(/\/v1$/, "")}/api/tags`;
    case "lmstudio_openai":
      return `${base.replace(/\/v1$/, "")}/api/v0/models`;
    case "vllm":
      return `${base.endsWith("/v1") ? base : `${base}/v1`}/models`;
    default:
      return `${base}/models`;
  }
}
