import { describe, expect, it } from "vitest";
import { embeddingEndpointProblems, replacementEmbedding } from "./embedding-endpoints";
import { agentFileSchema } from "./schema";

const openai = { handle: "openai/text-embedding-3-small", embedding_endpoint: "https://api.openai.com/v1" };
const file = agentFileSchema.parse({
  agents: [{ id: "agent-0", name: "Reader", embedding_config: openai }],
  groups: [],
  blocks: [],
  files: [],
  sources: [{ id: "source-0", name: "docs", embedding_config: openai }],
  tools: [],
  mcp_servers: [],
});

describe("embeddingEndpointProblems", () => {
  it("names the folders and agents whose endpoint the server does not offer", () => {
    const server = [{ handle: "openai/text-embedding-3-small", endpoint: "http://127.0.0.1:8284/v1" }];
    expect(embeddingEndpointProblems(file, server)).toEqual([
      { where: 'folder "docs"', handle: "openai/text-embedding-3-small", endpoint: "https://api.openai.com/v1" },
      { where: 'agent "Reader"', handle: "openai/text-embedding-3-small", endpoint: "https://api.openai.com/v1" },
    ]);
  });

  it("accepts the server's own endpoint, whatever the trailing slash or case", () => {
    expect(embeddingEndpointProblems(file, [{ handle: "x", endpoint: "HTTPS://api.openai.com/v1/" }])).toEqual([]);
  });
});

describe("replacementEmbedding", () => {
  it("keeps the file's handle when the server offers it, with the server's endpoint", () => {
    const problems = embeddingEndpointProblems(file, []);
    expect(replacementEmbedding(problems, ["letta/letta-free", "openai/text-embedding-3-small"])).toBe(
      "openai/text-embedding-3-small",
    );
    expect(replacementEmbedding(problems, ["letta/letta-free"])).toBe("letta/letta-free");
    expect(replacementEmbedding(problems, [])).toBeNull();
  });
});
