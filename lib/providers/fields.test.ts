import { describe, expect, it } from "vitest";
import { fieldsFor, modelListEndpoint } from "./fields";

describe("modelListEndpoint", () => {
  it("is the base URL's /models for OpenAI-compatible types, OpenAI's own by default", () => {
    expect(modelListEndpoint("openai", "http://127.0.0.1:8284/v1/")).toBe("http://127.0.0.1:8284/v1/models");
    expect(modelListEndpoint("openai", null)).toBe("https://api.openai.com/v1/models");
  });

  it("follows Letta's paths for Ollama, LM Studio and vLLM", () => {
    expect(modelListEndpoint("ollama", "http://h:11434/v1")).toBe("http://h:11434/api/tags");
    expect(modelListEndpoint("lmstudio_openai", "http://h:1234/v1")).toBe("http://h:1234/api/v0/models");
    expect(modelListEndpoint("vllm", "http://h:8000")).toBe("http://h:8000/v1/models");
  });

  it("says so when neither a base URL nor a default is known", () => {
    expect(modelListEndpoint("google_ai", null)).toBe("(google_ai's default endpoint)");
  });
});

describe("fieldsFor", () => {
  it("asks Bedrock for an access key id and a region, and local servers for a base URL", () => {
    expect(fieldsFor("bedrock")).toMatchObject({ accessKey: "Access key id", region: true });
    expect(fieldsFor("ollama").baseUrl).toBe("required");
    expect(fieldsFor("something-new")).toEqual({ baseUrl: "optional", keyLabel: "API key" });
  });
});
