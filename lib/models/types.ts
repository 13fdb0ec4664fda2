// The models a server offers, as the ADE shows them (shared by the server and the browser).

/** A chat model the server offers, as the app shows it. */
export interface ModelOption {
  handle: string;
  name: string;
  /** The model's own name at its provider (the handle's second part is the provider's display name for it). */
  modelName: string;
  provider: string;
  providerType: string;
  contextWindow: number;
}

export interface EmbeddingOption {
  handle: string;
  name: string;
  provider: string;
  dimensions: number;
}

export interface ServerModels {
  models: ModelOption[];
  embeddings: EmbeddingOption[];
}
