import Letta from "@letta-ai/letta-client";
import type { AgentState } from "@letta-ai/letta-client/resources/agents/agents";
import { afterEach, describe, expect, it, vi } from "vitest";
import { forgetRecentReads, rememberAgent, rememberBlocks, takeRecentAgent, takeRecentBlocks } from "./recent-reads";

const client = (baseURL = "http://127.0.0.1:1") => new Letta({ baseURL, apiKey: null });
const agent = (id: string) => ({ id, name: id }) as AgentState;

afterEach(() => {
  vi.useRealTimers();
});

describe("recent reads", () => {
  it("hands a read to the first taker only, for that server and agent", () => {
    rememberAgent(client(), agent("agent-1"));
    expect(takeRecentAgent(client("http://127.0.0.1:2"), "agent-1")).toBeNull();
    expect(takeRecentAgent(client(), "agent-2")).toBeNull();
    // Another SDK client of the same server (the watch's route is another bundle of the same process).
    expect(takeRecentAgent(client(), "agent-1")?.id).toBe("agent-1");
    expect(takeRecentAgent(client(), "agent-1")).toBeNull();
  });

  it("keeps a read ten seconds", () => {
    vi.useFakeTimers();
    const one = client();
    rememberBlocks(one, "agent-1", { blocks: [], agents: new Map() });
    rememberAgent(one, agent("agent-1"));
    vi.advanceTimersByTime(10_001);
    expect(takeRecentBlocks(one, "agent-1")).toBeNull();
    expect(takeRecentAgent(one, "agent-1")).toBeNull();
  });

  it("forgets an agent's reads when the ADE changes it", () => {
    const one = client();
    rememberBlocks(one, "agent-1", { blocks: [], agents: new Map() });
    rememberAgent(one, agent("agent-1"));
    rememberAgent(one, agent("agent-2"));
    forgetRecentReads(one, "agent-1");
    expect(takeRecentBlocks(one, "agent-1")).toBeNull();
    expect(takeRecentAgent(one, "agent-1")).toBeNull();
    expect(takeRecentAgent(one, "agent-2")?.id).toBe("agent-2");
  });
});
