import { describe, expect, it } from "vitest";
import { agentNameProblem, fileNameProblems } from "./agent-name";
import { agentFileSchema } from "./schema";

describe("agentNameProblem", () => {
  it.each(["memgpt_agent", "Copy of Evie", "Évie l'agent-2", "エージェント"])("accepts %s", (name) => {
    expect(agentNameProblem(name)).toBeNull();
  });

  it.each(["Copy of Evie (2)", "a/b", 'say "hi"', "v1.2"])("refuses %s", (name) => {
    expect(agentNameProblem(name)).toMatch(/does not accept/);
  });

  it("refuses an empty name", () => expect(agentNameProblem("  ")).toBe("Give the agent a name."));
});

describe("fileNameProblems", () => {
  it("names each agent Letta would refuse", () => {
    const file = agentFileSchema.parse({
      agents: [
        { id: "agent-0", name: "Fine" },
        { id: "agent-1", name: "Not fine?" },
      ],
      groups: [],
      blocks: [],
      files: [],
      sources: [],
      tools: [],
      mcp_servers: [],
    });
    expect(fileNameProblems(file)).toEqual([expect.stringContaining('"Not fine?"')]);
  });
});
