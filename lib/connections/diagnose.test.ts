import Letta, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from "@letta-ai/letta-client";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { diagnoseError, diagnoseHealth, errorCodes, suggestBaseUrl, type DiagnoseContext } from "./diagnose";

const selfHosted: DiagnoseContext = {
  baseUrl: "http://letta.internal:8283",
  kind: "self-hosted",
  hasSecret: true,
  step: "auth",
};
const cloud: DiagnoseContext = { baseUrl: "https://api.letta.com", kind: "cloud", hasSecret: true, step: "auth" };

/** The shape Node's fetch (undici) throws, wrapped by the SDK: APIConnectionError → TypeError → Error{code}. */
function fetchFailure(code: string | undefined, message = "failed"): APIConnectionError {
  const inner = Object.assign(new Error(message), code ? { code } : {});
  return new APIConnectionError({ cause: new TypeError("fetch failed", { cause: inner }) });
}

function statusError(status: number, body: object = { detail: "nope" }): APIError {
  return APIError.generate(status, body, undefined, new Headers());
}

describe("diagnoseError", () => {
  it("explains a refused connection as unreachable and says CORS is not the issue", () => {
    const problem = diagnoseError(fetchFailure("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:8283"), selfHosted);
    expect(problem.kind).toBe("unreachable");
    expect(problem.message).toContain("connection refused");
    expect(problem.message).toContain("letta.internal port 8283");
    expect(problem.hint).toMatch(/CORS/);
  });

  it("finds codes inside AggregateErrors (one per address tried)", () => {
    const aggregate = Object.assign(new AggregateError([Object.assign(new Error("a"), { code: "ECONNREFUSED" })]), {
      code: "ECONNREFUSED",
    });
    const error = new APIConnectionError({ cause: new TypeError("fetch failed", { cause: aggregate }) });
    expect(errorCodes(error)).toContain("ECONNREFUSED");
    expect(diagnoseError(error, selfHosted).kind).toBe("unreachable");
  });

  it("explains an unknown host name as a DNS failure", () => {
    const problem = diagnoseError(fetchFailure("ENOTFOUND", "getaddrinfo ENOTFOUND letta.internal"), selfHosted);
    expect(problem).toMatchObject({ kind: "unreachable" });
    expect(problem.message).toContain("letta.internal could not be found (DNS)");
  });

  it("tells a self-signed certificate apart from an unreachable server", () => {
    const problem = diagnoseError(fetchFailure("DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate"), {
      ...selfHosted,
      baseUrl: "https://letta.internal",
    });
    expect(problem.kind).toBe("tls");
    expect(problem.message).toContain("self-signed");
    expect(problem.hint).toContain("NODE_EXTRA_CA_CERTS");
  });

  it("explains a certificate for another host name", () => {
    const problem = diagnoseError(fetchFailure("ERR_TLS_CERT_ALTNAME_INVALID"), {
      ...selfHosted,
      baseUrl: "https://10.0.0.5:8443",
    });
    expect(problem.kind).toBe("tls");
    expect(problem.message).toContain("another host name than 10.0.0.5");
  });

  it("suggests http:// when an https URL reaches a plain-HTTP port", () => {
    const problem = diagnoseError(fetchFailure("ERR_SSL_WRONG_VERSION_NUMBER"), {
      ...selfHosted,
      baseUrl: "https://localhost:8283",
    });
    expect(problem).toMatchObject({ kind: "tls", suggestedUrl: "http://localhost:8283" });
  });

  it("explains a timeout, whoever noticed it", () => {
    expect(diagnoseError(new APIConnectionTimeoutError(), selfHosted).kind).toBe("timeout");
    expect(diagnoseError(new APIUserAbortError(), selfHosted).kind).toBe("timeout");
    expect(diagnoseError(fetchFailure("UND_ERR_CONNECT_TIMEOUT"), selfHosted).kind).toBe("timeout");
  });

  it("explains ports that fetch refuses to use", () => {
    const problem = diagnoseError(fetchFailure(undefined, "bad port"), {
      ...selfHosted,
      baseUrl: "http://localhost:6000",
    });
    expect(problem.message).toContain("Port 6000");
  });

  it("explains a 401 as a wrong password on a self-hosted server", () => {
    expect(diagnoseError(statusError(401, { detail: "Unauthorized" }), selfHosted)).toMatchObject({
      kind: "unauthorized",
      message: "The server refused the password (401).",
    });
  });

  it("explains a 401 without a password as a secured server", () => {
    expect(diagnoseError(statusError(401), { ...selfHosted, hasSecret: false }).message).toBe(
      "This server is secured and needs a password.",
    );
  });

  it("explains a 401 from Letta Cloud as a wrong API key", () => {
    expect(diagnoseError(statusError(401), cloud).message).toBe("Letta Cloud refused the API key (401).");
    expect(diagnoseError(statusError(401), { ...cloud, hasSecret: false }).message).toBe(
      "Letta Cloud needs an API key.",
    );
  });

  it("explains a 403 from Letta Cloud with the project id", () => {
    expect(diagnoseError(statusError(403), cloud)).toMatchObject({
      kind: "forbidden",
      hint: expect.stringContaining("project id"),
    });
  });

  it("suggests the URL without /v1 when the health endpoint 404s", () => {
    const problem = diagnoseError(statusError(404), {
      ...selfHosted,
      baseUrl: "https://letta.example.com/v1",
      step: "health",
    });
    expect(problem).toMatchObject({ kind: "wrong_path", suggestedUrl: "https://letta.example.com" });
    expect(problem.hint).toBe("Use https://letta.example.com instead.");
  });

  it("keeps a reverse-proxy prefix in front of /v1 in the suggestion", () => {
    expect(
      diagnoseError(statusError(404), { ...selfHosted, baseUrl: "https://example.com/letta/v1/agents" }).suggestedUrl,
    ).toBe("https://example.com/letta");
  });

  it("says a bare URL that 404s is not a Letta server", () => {
    expect(diagnoseError(statusError(404), { ...selfHosted, step: "health" }).kind).toBe("not_letta");
  });

  it("explains server failures", () => {
    expect(diagnoseError(statusError(503), selfHosted).kind).toBe("server_error");
  });

  it("classifies what the SDK really throws for a closed port", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const baseUrl = `http://127.0.0.1:${port}`;
    const error = await new Letta({ baseURL: baseUrl, apiKey: null, maxRetries: 0 })
      .health()
      .catch((caught: unknown) => caught);
    expect(diagnoseError(error, { ...selfHosted, baseUrl })).toMatchObject({
      kind: "unreachable",
      message: expect.stringContaining("connection refused"),
    });
  });
});

describe("diagnoseHealth", () => {
  it("accepts a current server", () => {
    expect(diagnoseHealth({ status: "ok", version: "0.16.8" }, selfHosted)).toBeUndefined();
  });

  it("flags servers older than the SDK needs", () => {
    expect(diagnoseHealth({ status: "ok", version: "0.16.6" }, selfHosted)).toMatchObject({
      kind: "outdated",
      message: "This server runs Letta 0.16.6; the ADE needs 0.16.7 or newer.",
    });
  });

  it("refuses a Letta older than 0.16 outright, naming its version", () => {
    expect(diagnoseHealth({ status: "ok", version: "0.15.1" }, selfHosted)).toMatchObject({
      kind: "unsupported",
      found: "older than 0.16",
      message: expect.stringContaining("This server runs Letta 0.15.1, older than 0.16"),
    });
    expect(diagnoseHealth({ status: "ok", version: "0.6.50" }, selfHosted)).toMatchObject({ kind: "unsupported" });
    expect(diagnoseHealth({ status: "ok", version: "0.16.0" }, selfHosted)).toMatchObject({ kind: "outdated" });
  });

  it("flags an answer that is not Letta's health, suggesting a URL without the path", () => {
    expect(diagnoseHealth("<html>", { baseUrl: "http://host/app" })).toMatchObject({
      kind: "wrong_path",
      suggestedUrl: "http://host",
    });
    expect(diagnoseHealth({}, { baseUrl: "http://host" })).toMatchObject({ kind: "not_letta" });
  });
});

describe("suggestBaseUrl", () => {
  it("has nothing to suggest for a URL without a path", () => {
    expect(suggestBaseUrl("http://localhost:8283")).toBeUndefined();
  });
  it("drops /v1 and what follows", () => {
    expect(suggestBaseUrl("http://localhost:8283/v1/health/")).toBe("http://localhost:8283");
  });
});
