import { describe, expect, it } from "vitest";
import {
  changedSettings,
  dirtyFields,
  reasoningSupport,
  toSettingsForm,
  type AgentSettings,
  type SettingsForm,
} from "./settings";
import { parseSettingsForm, settingsPatchSchema } from "./settings-schema";

const base: AgentSettings = {
  name: "helper",
  description: "Answers questions",
  tags: ["a", "b"],
  system: "You are helpful.",
  model: "openai-proxy/scripted-model",
  embedding: "openai/text-embedding-3-small",
  temperature: 0.7,
  maxTokens: 4096,
  contextWindow: 32000,
  reasoning: false,
  reasoningEffort: null,
};

const limits = { maxContextWindow: 128000 };
const form = (changes: Partial<SettingsForm> = {}): SettingsForm => ({ ...toSettingsForm(base), ...changes });

function parsed(changes: Partial<SettingsForm>, maxContextWindow: number | null = limits.maxContextWindow) {
  return parseSettingsForm(form(changes), { maxContextWindow }, base);
}

function errorsOf(changes: Partial<SettingsForm>, maxContextWindow: number | null = limits.maxContextWindow) {
  const result = parsed(changes, maxContextWindow);
  return result.ok ? {} : result.errors;
}

describe("parseSettingsForm", () => {
  it("accepts the server's own settings unchanged", () => {
    const result = parsed({});
    expect(result).toEqual({ ok: true, values: base });
  });

  it("refuses a temperature outside 0 to 2, or not a number", () => {
    expect(errorsOf({ temperature: "2.5" }).temperature).toBe("The temperature must be between 0 and 2.");
    expect(errorsOf({ temperature: "-1" }).temperature).toBe("The temperature must be a number such as 0.7.");
    expect(errorsOf({ temperature: "warm" }).temperature).toBe("The temperature must be a number such as 0.7.");
    expect(errorsOf({ temperature: "" }).temperature).toBe("Enter a temperature.");
    expect(errorsOf({ temperature: "0" })).toEqual({});
    expect(errorsOf({ temperature: "2" })).toEqual({});
    expect(errorsOf({ temperature: ".5" })).toEqual({});
  });

  it("wants whole positive token counts", () => {
    expect(errorsOf({ maxTokens: "1.5" }).maxTokens).toBe("The max output tokens must be a whole number of tokens.");
    expect(errorsOf({ maxTokens: "0" }).maxTokens).toBe("The max output tokens must be at least 1 token.");
    expect(errorsOf({ contextWindow: "" }).contextWindow).toBe("Enter the context window limit.");
    expect(errorsOf({ contextWindow: "-5" }).contextWindow).toBe(
      "The context window limit must be a whole number of tokens.",
    );
    expect(errorsOf({ contextWindow: "99999999999" }).contextWindow).toBe("The context window limit is too large.");
  });

  it("takes an empty max output tokens as the provider's default", () => {
    const result = parsed({ maxTokens: "" });
    expect(result.ok && result.values.maxTokens).toBeNull();
  });

  it("keeps the context window within the chosen model's and max output tokens below it", () => {
    expect(errorsOf({ contextWindow: "200000" }).contextWindow).toBe(
      "This model's context window is at most 128,000 tokens.",
    );
    expect(errorsOf({ contextWindow: "200000" }, null)).toEqual({});
    expect(errorsOf({ maxTokens: "32000" }).maxTokens).toBe(
      "Max output tokens must be smaller than the context window limit.",
    );
  });

  it("checks name, tags, system prompt and model", () => {
    const errors = errorsOf({ name: "  ", tags: "a, " + "x".repeat(101), system: " \n ", model: "" });
    expect(errors.name).toBe("Give the agent a name.");
    expect(errors.tags).toBe("Keep tags under 100 characters.");
    expect(errors.system).toBe("The system prompt cannot be empty.");
    expect(errors.model).toBe("Choose a model.");
  });

  it("does not let the embedding model be taken away", () => {
    expect(errorsOf({ embedding: "" }).embedding).toMatch(/cannot take an agent's embedding model away/);
  });
});

describe("changedSettings", () => {
  const values = (changes: Partial<SettingsForm>) => {
    const result = parsed(changes);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.values;
  };

  it("is empty when nothing changed, even when typed differently", () => {
    expect(changedSettings(base, values({ temperature: "0.70", tags: "b,  a", name: " helper " }))).toEqual({});
  });

  it("holds only the changed fields", () => {
    expect(changedSettings(base, values({ temperature: "0.2" }))).toEqual({ temperature: 0.2 });
    expect(changedSettings(base, values({ system: "New prompt", description: "" }))).toEqual({
      system: "New prompt",
      description: "",
    });
    expect(changedSettings(base, values({ tags: "a, c" }))).toEqual({ tags: ["a", "c"] });
    expect(changedSettings(base, values({ maxTokens: "" }))).toEqual({ maxTokens: null });
    expect(changedSettings(base, values({ reasoning: true }))).toEqual({ reasoning: true });
  });

  it("sends the temperature, context window and max output tokens along with a new model, so they stay as shown", () => {
    expect(changedSettings(base, values({ model: "openai-proxy/scripted-model-2" }))).toEqual({
      model: "openai-proxy/scripted-model-2",
      temperature: 0.7,
      maxTokens: 4096,
      contextWindow: 32000,
    });
  });

  it("gives a patch the route accepts", () => {
    const patch = changedSettings(
      base,
      values({
        model: "openai-proxy/scripted-model-2",
        temperature: "1.1",
        embedding: "openai/text-embedding-3-large",
      }),
    );
    expect(settingsPatchSchema.parse(patch)).toEqual(patch);
  });
});

describe("settingsPatchSchema", () => {
  it("refuses an empty patch, unknown fields and out-of-range values", () => {
    expect(settingsPatchSchema.safeParse({}).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ llm_config: {} }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ temperature: 3 }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ contextWindow: 1.5 }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ maxTokens: null }).success).toBe(true);
  });
});

describe("dirtyFields", () => {
  it("lists the inputs that differ from the server's values", () => {
    expect(dirtyFields(toSettingsForm(base), form({ temperature: "0.9", reasoning: true }))).toEqual([
      "temperature",
      "reasoning",
    ]);
    expect(dirtyFields(toSettingsForm(base), form())).toEqual([]);
  });
});

describe("reasoningSupport", () => {
  it("follows the server's rules for letta_v1_agent", () => {
    expect(reasoningSupport("letta_v1_agent", "openai", "scripted-model")).toBe("none");
    expect(reasoningSupport("letta_v1_agent", "openai", "o3-mini")).toBe("always");
    expect(reasoningSupport("letta_v1_agent", "anthropic", "claude-sonnet-4-20250514")).toBe("toggle");
    expect(reasoningSupport("letta_v1_agent", "google_ai", "gemini-2.5-pro")).toBe("always");
    expect(reasoningSupport("letta_v1_agent", "google_ai", "gemini-2.5-flash")).toBe("toggle");
  });

  it("lets other agent types simulate reasoning with any model", () => {
    expect(reasoningSupport("memgpt_v2_agent", "openai", "scripted-model")).toBe("toggle");
    expect(reasoningSupport("memgpt_v2_agent", "openai", "gpt-5-mini")).toBe("always");
  });
});
