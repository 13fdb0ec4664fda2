import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "@letta-ai/letta-client";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { serverReason, streamCutShort, toAppError, toStreamError } from "./errors";

const base = { baseUrl: "http://localhost:8283" };

function apiError(status: number, body: object): APIError {
  return APIError.generate(status, body, undefined, new Headers());
}

describe("toAppError", () => {
  it("maps a refused connection to unreachable, naming the server and what to do", () => {
    const error = toAppError(new APIConnectionError({ message: "fetch failed" }), base);
    expect(error.code).toBe("unreachable");
    expect(error.message).toContain("http://localhost:8283");
    expect(error.hint).toMatch(/stack:up|LETTA_BASE_URL/);
    expect(error.status).toBe(502);
  });

  it("maps a timeout to unreachable", () => {
    expect(toAppError(new APIConnectionTimeoutError(), base).code).toBe("unreachable");
  });

  it("maps an abort to aborted, not to a connection failure", () => {
    expect(toAppError(new APIUserAbortError(), base).code).toBe("aborted");
  });

  it("maps 401 to unauthorized with a hint about the key", () => {
    const error = toAppError(apiError(401, { detail: "Unauthorized" }), base);
    expect(error.code).toBe("unauthorized");
    expect(error.hint).toContain("LETTA_API_KEY");
    expect(error.status).toBe(401);
  });

  it("maps 404 to not_found with the server's reason", () => {
    const error = toAppError(apiError(404, { detail: "Agent agent-123 not found" }), base);
    expect(error).toMatchObject({ code: "not_found", message: "Agent agent-123 not found" });
  });

  it("maps 422 validation details to invalid_input with each field's message", () => {
    const error = toAppError(
      apiError(422, { detail: [{ loc: ["body", "name"], msg: "Field required", type: "missing" }] }),
      base,
    );
    expect(error).toMatchObject({ code: "invalid_input", message: "name: Field required" });
  });

  it("maps 5xx and errors without a status to server_error", () => {
    expect(toAppError(apiError(500, { detail: "boom" }), base)).toMatchObject({ code: "server_error" });
    expect(
      toAppError(new APIError(undefined, { message: "stream broke" }, "stream broke", undefined), base).message,
    ).toContain("stream broke");
  });

  it("passes an AppError through and wraps anything else", () => {
    const original = new AppError("conflict", "x", "y");
    expect(toAppError(original)).toBe(original);
    expect(toAppError(new TypeError("bad"))).toMatchObject({ code: "server_error" });
  });

  it("never puts an API key into the message", () => {
    const error = toAppError(new APIConnectionError({ message: "Bearer sk-secret" }), base);
    expect(JSON.stringify(error.toJSON())).not.toContain("sk-secret");
  });
});

describe("serverReason", () => {
  it("reads string, nested and list details", () => {
    expect(serverReason({ detail: "nope" })).toBe("nope");
    expect(serverReason({ error: { message: "inner" } })).toBe("inner");
    expect(serverReason({ detail: [{ msg: "a" }, { loc: ["body", "x"], msg: "b" }] })).toBe("a; x: b");
    expect(serverReason(undefined)).toBeUndefined();
  });
});

describe("toStreamError", () => {
  it("keeps the reason of an error Letta reported in the stream", () => {
    const reported = new APIError(
      undefined,
      { message: "The model provider failed" },
      "The model provider failed",
      new Headers(),
    );
    const error = toStreamError(reported, base);
    expect(error.code).toBe("server_error");
    expect(error.message).toContain("The model provider failed");
  });

  it("calls a broken connection (the server stopped) unreachable, and says what arrived is kept", () => {
    for (const thrown of [new TypeError("terminated"), new APIConnectionError({ message: "socket hang up" })]) {
      const error = toStreamError(thrown, base);
      expect(error.code).toBe("unreachable");
      expect(error.message).toContain("broke in the middle of the reply");
      expect(error.message).toContain("http://localhost:8283");
      expect(error.hint).toContain("npm run stack:up");
    }
  });

  it("leaves a cancel by the user as a cancel", () => {
    expect(toStreamError(new APIUserAbortError(), base).code).toBe("aborted");
  });

  it("explains a stream that ended without a stop reason", () => {
    expect(streamCutShort(base).message).toContain("closed the reply before the turn finished");
  });
});
