import { describe, expect, it } from "vitest";
import { runErrorOf } from "./inspector";

describe("runErrorOf", () => {
  it("reads Letta's error message object kept in a failed run's metadata", () => {
    expect(
      runErrorOf({
        run_type: "send_message",
        error: {
          message_type: "error_message",
          message: "An error occurred with the LLM request.",
          detail: "HTTP 500",
        },
      }),
    ).toEqual({ message: "An error occurred with the LLM request.", detail: "HTTP 500" });
  });

  it("reads a plain string error, and nothing from a run without one", () => {
    expect(runErrorOf({ error: "boom" })).toEqual({ message: "boom", detail: null });
    expect(runErrorOf({ run_type: "send_message" })).toBeNull();
    expect(runErrorOf(null)).toBeNull();
  });
});
