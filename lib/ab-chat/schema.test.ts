import { describe, expect, it } from "vitest";
import { addTestMessageInput, pairSchema, pickDatasetInput, saveReplayRepliesInput, testMessageText } from "./schema";

const firstMessage = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  result.error?.issues[0]?.message;

describe("test message text", () => {
  it("refuses an empty or blank message and one over 20,000 characters (a case's limit), each with its message", () => {
    expect(firstMessage(testMessageText.safeParse(""))).toBe("Type a test message first");
    expect(firstMessage(testMessageText.safeParse("   \n"))).toBe("Type a test message first");
    expect(firstMessage(testMessageText.safeParse("x".repeat(20_001)))).toBe(
      "A test message has at most 20,000 characters",
    );
    expect(testMessageText.safeParse("x".repeat(20_000)).success).toBe(true);
  });
});

describe("pair inputs", () => {
  it("needs two different agents with valid ids", () => {
    expect(pairSchema.safeParse({ a: "agent-1", b: "agent-2" }).success).toBe(true);
    expect(firstMessage(pairSchema.safeParse({ a: "agent-1", b: "agent-1" }))).toBe("Pick two different agents");
    expect(pairSchema.safeParse({ a: "agent-1", b: "../x" }).success).toBe(false);
    expect(addTestMessageInput.safeParse({ a: "agent-1", b: "agent-1", text: "hi" }).success).toBe(false);
  });

  it("checks the change beside the pair", () => {
    expect(addTestMessageInput.safeParse({ a: "agent-1", b: "agent-2", text: "hi" }).success).toBe(true);
    expect(addTestMessageInput.safeParse({ a: "agent-1", b: "agent-2", text: "" }).success).toBe(false);
    expect(pickDatasetInput.safeParse({ a: "agent-1", b: "agent-2", datasetId: null }).success).toBe(true);
    expect(pickDatasetInput.safeParse({ a: "agent-1", b: "agent-2", datasetId: "../x" }).success).toBe(false);
  });

  it("accepts a replay's replies only in the kept shape", () => {
    const reply = { status: "done", parts: [], stopReason: null, usage: null, durationMs: 3, runIds: [] };
    const input = { a: "agent-1", b: "agent-2", replayId: "replay-1", index: 0, replies: { a: reply, b: reply } };
    expect(saveReplayRepliesInput.safeParse(input).success).toBe(true);
    expect(
      saveReplayRepliesInput.safeParse({
        ...input,
        replies: { a: { ...reply, parts: [{ kind: "html", text: "x" }] }, b: reply },
      }).success,
    ).toBe(false);
    expect(saveReplayRepliesInput.safeParse({ ...input, index: 100 }).success).toBe(false);
  });
});
