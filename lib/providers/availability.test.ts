import { describe, expect, it } from "vitest";
import {
  agentsUsingProvider,
  embeddingProvider,
  isModelOffered,
  missingModels,
  type AgentModelUse,
} from "./availability";

const agent = (overrides: Partial<AgentModelUse>): AgentModelUse => ({
  id: "agent-1",
  name: "one",
  modelHandle: "openai-proxy/scripted-model",
  modelProvider: "openai",
  modelCategory: "base",
  embeddingHandle: "openai/text-embedding-3-small",
  ...overrides,
});

const models = [
  { handle: "openai-proxy/scripted-model", provider: "openai" },
  { handle: "openai-proxy/local-model", provider: "local" },
];
const embeddings = [{ handle: "openai/text-embedding-3-small" }, { handle: "local/text-embedding-3-small" }];

describe("isModelOffered", () => {
  it("matches an environment model by handle", () => {
    expect(isModelOffered(agent({}), models)).toBe(true);
    expect(isModelOffered(agent({ modelHandle: "openai-proxy/gone" }), models)).toBe(false);
  });

  it("needs the same run-time provider when two providers offer one handle (Letta's openai-proxy/ names)", () => {
    const byok = agent({ modelCategory: "byok", modelProvider: "deleted-provider" });
    expect(isModelOffered(byok, models)).toBe(false);
    expect(isModelOffered({ ...byok, modelProvider: "openai" }, models)).toBe(true);
  });

  it("treats an agent without a model handle as fine", () => {
    expect(isModelOffered(agent({ modelHandle: null }), [])).toBe(true);
  });
});

describe("missingModels", () => {
  it("groups the agents of each model no longer offered, chat and embedding apart", () => {
    const agents = [
      agent({ id: "a", name: "A", modelHandle: "openai-proxy/gone", modelCategory: "byok", modelProvider: "old" }),
      agent({ id: "b", name: "B", modelHandle: "openai-proxy/gone", modelCategory: "byok", modelProvider: "old" }),
      agent({ id: "c", name: "C", embeddingHandle: "old/text-embedding-3-small" }),
      agent({ id: "d", name: "D" }),
    ];
    expect(missingModels(agents, models, embeddings)).toEqual([
      { kind: "embedding", handle: "old/text-embedding-3-small", provider: null, agents: [{ id: "c", name: "C" }] },
      {
        kind: "model",
        handle: "openai-proxy/gone",
        provider: "old",
        agents: [
          { id: "a", name: "A" },
          { id: "b", name: "B" },
        ],
      },
    ]);
  });
});

describe("agentsUsingProvider", () => {
  it("names agents on the provider's chat models or its embeddings", () => {
    const agents = [
      agent({
        id: "a",
        name: "A",
        modelHandle: "openai-proxy/local-model",
        modelCategory: "byok",
        modelProvider: "local",
      }),
      agent({ id: "b", name: "B", embeddingHandle: "local/text-embedding-3-small" }),
      agent({ id: "c", name: "C" }),
    ];
    expect(agentsUsingProvider("local", agents, models).map((entry) => entry.id)).toEqual(["a", "b"]);
  });
});

describe("embeddingProvider", () => {
  it("takes the provider from the handle, as Letta names run-time providers' embeddings", () => {
    expect(embeddingProvider("local/text-embedding-3-small", "openai")).toBe("local");
    expect(embeddingProvider("no-slash", "openai")).toBe("openai");
  });
});
