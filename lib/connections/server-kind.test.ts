import { describe, expect, it } from "vitest";
import { classifyServer, describeServer, htmlTitle, type ProbeAnswer } from "./server-kind";

const json = (body: unknown, status = 200): ProbeAnswer => ({
  status,
  contentType: "application/json",
  body: JSON.stringify(body),
});
const text = (body: string, status = 200, contentType = "text/plain"): ProbeAnswer => ({ status, contentType, body });
const notFound = text("Not Found", 404);
const html = (title: string, status = 200) =>
  text(`<!DOCTYPE html><html><head><title>${title}</title></head><body>…</body></html>`, status, "text/html");
const base = "http://127.0.0.1:4500";

describe("classifyServer", () => {
  it("names Letta Code's app server from /app-server-info", () => {
    const kind = classifyServer({
      healthz: text("ok\n"),
      appServerInfo: json({ type: "app_server_info_response", protocol_version: 1 }),
      models: notFound,
      root: notFound,
    });
    expect(kind).toEqual({ kind: "letta-code-app-server", protocolVersion: 1, needsToken: false, openaiApi: false });
  });

  it("names the app server behind a token (401 on /app-server-info, /healthz up), and its OpenAI API", () => {
    const kind = classifyServer({
      healthz: text("ok\n"),
      appServerInfo: text("Unauthorized", 401),
      models: json({ object: "list", data: [{ id: "agent-1", object: "model" }] }),
    });
    expect(kind).toEqual({ kind: "letta-code-app-server", needsToken: true, openaiApi: true });
  });

  it("does not take a 401 alone for the app server", () => {
    expect(classifyServer({ appServerInfo: text("Unauthorized", 401), root: notFound })).toEqual({ kind: "unknown" });
  });

  it("names an OpenAI-compatible model server from /v1/models", () => {
    const kind = classifyServer({
      models: json({ object: "list", data: [{ id: "scripted-model" }, { id: "scripted-model-2" }] }),
      root: notFound,
    });
    expect(kind).toEqual({ kind: "openai-compatible", modelIds: ["scripted-model", "scripted-model-2"] });
  });

  it("names a web server from HTML at the URL, with its title, also on a 404 page", () => {
    expect(classifyServer({ healthz: notFound, root: html("Welcome to nginx!") })).toEqual({
      kind: "web-server",
      title: "Welcome to nginx!",
    });
    expect(classifyServer({ root: html("Page not found", 404) })).toEqual({
      kind: "web-server",
      title: "Page not found",
    });
    expect(classifyServer({ root: text("<html><body>hi</body></html>", 200, "") })).toEqual({ kind: "web-server" });
  });

  it("says unknown when nothing tells", () => {
    expect(classifyServer({})).toEqual({ kind: "unknown" });
    expect(classifyServer({ root: json({ detail: "Not Found" }, 404), models: json({ data: "x" }) })).toEqual({
      kind: "unknown",
    });
  });
});

describe("htmlTitle", () => {
  it("reads the title as plain text, entities decoded and markup dropped, cut short", () => {
    expect(htmlTitle("<title> Tom &amp; <b>Jerry</b>\n</title>")).toBe("Tom & Jerry");
    expect(htmlTitle("<title><script>alert(1)</script></title>")).toBe("alert(1)");
    expect(htmlTitle(`<title>${"x".repeat(200)}</title>`)).toHaveLength(80);
    expect(htmlTitle("<p>no title</p>")).toBeUndefined();
  });
});

describe("describeServer", () => {
  it("says what the app server is and what the ADE needs", () => {
    const problem = describeServer(
      { kind: "letta-code-app-server", protocolVersion: 1, needsToken: false, openaiApi: true },
      base,
    );
    expect(problem).toMatchObject({ kind: "unsupported", found: "Letta Code's app server" });
    expect(problem?.message).toBe(
      `${base} is Letta Code's app server (protocol version 1), not a Letta V1 API server: it speaks its own WebSocket protocol at /ws and has no /v1/agents. Its OpenAI-style /v1/models serves agents as models, which is not Letta's agent API either.`,
    );
    expect(problem?.hint).toContain("Letta 0.16.x (pip install letta==0.16.8");
  });

  it("says what a model server and a web server are", () => {
    expect(describeServer({ kind: "openai-compatible", modelIds: ["m1"] }, base)?.message).toBe(
      `${base} is an OpenAI-compatible model server (1 model, such as m1), not a Letta server: it has no /v1/health/ and no /v1/agents.`,
    );
    expect(describeServer({ kind: "web-server", title: "Home" }, base)).toMatchObject({
      kind: "not_letta",
      found: "Web server, not Letta",
      message: `${base} is a web server that serves HTML pages ("Home"), not Letta's API: it has no /v1/health/.`,
    });
  });

  it("has nothing to add when the server could not be named", () => {
    expect(describeServer({ kind: "unknown" }, base)).toBeUndefined();
  });
});
