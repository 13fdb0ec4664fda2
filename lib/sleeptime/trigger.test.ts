import { describe, expect, it } from "vitest";
import { parseServerTime } from "./time";
import { findTrigger, transcriptHoldsUserText, transcriptOf } from "./trigger";

const runs = [
  { id: "run-1", createdAt: "2026-11-29T08:30:00.000000Z", completedAt: "2026-11-29T08:30:02.000000" },
  { id: "run-2", createdAt: "2026-11-29T08:32:11.394405Z", completedAt: "2026-11-29T08:32:12.604823" },
];
const messages = new Map([
  ["run-1", { id: "message-1", text: "first" }],
  ["run-2", { id: "message-2", text: "hello there friend" }],
]);

describe("parseServerTime", () => {
  it("reads zone-less timestamps as UTC", () => {
    expect(parseServerTime("2026-11-29T08:32:12.604823")).toBe(Date.parse("2026-11-29T08:32:12.604Z"));
    expect(parseServerTime("2026-11-29T08:32:12+00:00")).toBe(Date.parse("2026-11-29T08:32:12Z"));
  });
});

describe("findTrigger", () => {
  it("matches exactly when the run started as the turn finished and the transcript holds its message", () => {
    const trigger = findTrigger(
      "2026-11-29T08:32:12.548770Z",
      runs,
      messages,
      "user: hello there friend\nassistant: You said: hello there friend",
    );
    expect(trigger).toEqual({
      mainRunId: "run-2",
      at: "2026-11-29T08:32:11.394Z",
      userMessageId: "message-2",
      userText: "hello there friend",
      match: "exact",
    });
  });

  it("says the match is by time only without the transcript's confirmation", () => {
    expect(findTrigger("2026-11-29T08:32:12.548770Z", runs, messages, null)?.match).toBe("time");
    expect(findTrigger("2026-11-29T08:32:12.548770Z", runs, messages, "user: something else")?.match).toBe("time");
  });

  it("says the match is by time only when the run started long after the turn ended", () => {
    expect(findTrigger("2026-11-29T08:40:00Z", runs, messages, "user: hello there friend")).toMatchObject({
      mainRunId: "run-2",
      match: "time",
    });
  });

  it("finds nothing before the first turn", () => {
    expect(findTrigger("2026-11-29T08:00:00Z", runs, messages, null)).toBeNull();
  });
});

describe("transcripts", () => {
  it("cuts the conversation out of the sleep-time prompt", () => {
    expect(transcriptOf("<system-reminder>x</system-reminder>\n\nMessages:\nuser: hi\nassistant: yo")).toBe(
      "user: hi\nassistant: yo",
    );
    expect(transcriptOf("no marker")).toBeNull();
  });

  it("compares the first line of a user message with the transcript's user lines", () => {
    expect(transcriptHoldsUserText("user: line one\nline two\nassistant: ok", "line one\nline two")).toBe(true);
    expect(transcriptHoldsUserText("assistant: line one", "line one")).toBe(false);
    expect(transcriptHoldsUserText("user: ", "  ")).toBe(false);
  });
});
