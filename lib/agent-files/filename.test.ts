import { describe, expect, it } from "vitest";
import { agentFileName } from "./filename";

describe("agentFileName", () => {
  it("keeps safe names", () => expect(agentFileName("memgpt_agent")).toBe("memgpt_agent.af"));
  it("replaces unsafe characters", () => expect(agentFileName('My "agent"/../x\r\n;')).toBe("My_agent_.._x.af"));
  it("drops accents", () => expect(agentFileName("Café Évie")).toBe("Cafe_Evie.af"));
  it("falls back when nothing is left", () => expect(agentFileName("***")).toBe("agent.af"));
});
