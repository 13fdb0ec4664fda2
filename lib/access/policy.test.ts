import { describe, expect, it } from "vitest";
import type { AccessConfig } from "./config";
import { decideAccess, safeNext, type AccessRequest } from "./policy";

const open: AccessConfig = {
  password: undefined,
  sessionSecret: undefined,
  demo: false,
  demoChat: false,
  allowlist: null,
};
const locked: AccessConfig = { ...open, password: "correct horse" };
const demo: AccessConfig = { ...open, demo: true };
const demoChat: AccessConfig = { ...demo, demoChat: true };

function request(
  method: string,
  pathname: string,
  options: { session?: boolean; headers?: Record<string, string>; search?: string; actions?: string[] } = {},
): AccessRequest {
  return {
    method,
    pathname,
    search: options.search ?? "",
    headers: new Headers(options.headers),
    hasSession: options.session ?? false,
    actions: options.actions,
  };
}

describe("decideAccess", () => {
  it("lets everything through when nothing is configured, but never a cross-site change", () => {
    expect(decideAccess(request("GET", "/agents"), open)).toEqual({ action: "next" });
    expect(
      decideAccess(request("POST", "/api/agents", { headers: { "sec-fetch-site": "same-origin" } }), open),
    ).toEqual({ action: "next" });
    const crossSite = decideAccess(
      request("DELETE", "/api/agents/agent-1", { headers: { "sec-fetch-site": "cross-site" } }),
      open,
    );
    expect(crossSite).toMatchObject({ action: "refuse", error: { code: "forbidden" } });
    const otherOrigin = decideAccess(
      request("POST", "/agents", { headers: { origin: "http://evil.test", host: "ade:3000", "next-action": "x" } }),
      open,
    );
    expect(otherOrigin).toMatchObject({ action: "refuse", error: { code: "forbidden" } });
  });

  it("sends pages to the login page and refuses APIs and server actions without a session", () => {
    expect(decideAccess(request("GET", "/agents/agent-1", { search: "?tab=memory" }), locked)).toEqual({
      action: "login",
      next: "/agents/agent-1?tab=memory",
    });
    expect(decideAccess(request("GET", "/api/server-status"), locked)).toMatchObject({
      action: "refuse",
      error: { code: "unauthorized" },
    });
    expect(decideAccess(request("POST", "/api/agents/agent-1/messages"), locked)).toMatchObject({
      action: "refuse",
      error: { code: "unauthorized" },
    });
    expect(decideAccess(request("POST", "/agents", { headers: { "next-action": "abc" } }), locked)).toMatchObject({
      action: "refuse",
      error: { code: "unauthorized" },
    });
    expect(decideAccess(request("GET", "/agents", { headers: { "next-action": "abc" } }), locked)).toMatchObject({
      action: "refuse",
    });
  });

  it("keeps the login page and the login and logout actions open", () => {
    expect(decideAccess(request("GET", "/login"), locked)).toEqual({ action: "next" });
    expect(decideAccess(request("POST", "/login", { actions: ["loginAction"] }), locked)).toEqual({ action: "next" });
    expect(decideAccess(request("POST", "/agents/a", { actions: ["logoutAction"] }), locked)).toEqual({
      action: "next",
    });
    for (const actions of [undefined, [], [""], ["renameAgentAction"], ["loginAction", "deleteAgentAction"]]) {
      expect(decideAccess(request("POST", "/login", { actions }), locked), JSON.stringify(actions)).toMatchObject({
        action: "refuse",
        error: { code: "unauthorized" },
      });
    }
  });

  it("lets a session through, and sends it from the login page home", () => {
    expect(decideAccess(request("GET", "/agents", { session: true }), locked)).toEqual({ action: "next" });
    expect(decideAccess(request("POST", "/api/agents", { session: true }), locked)).toEqual({ action: "next" });
    expect(decideAccess(request("GET", "/login", { session: true }), locked)).toEqual({ action: "home" });
  });

  it("in demo mode refuses every change but logging in and out and switching connections", () => {
    for (const [method, path] of [
      ["POST", "/api/agents"],
      ["PATCH", "/api/agents/agent-1"],
      ["DELETE", "/api/agents/agent-1"],
      ["POST", "/api/agents/agent-1/messages"],
      ["POST", "/api/agents/agent-1/messages/reset"],
      ["POST", "/api/connections/check"],
      ["POST", "/agents"],
      ["PUT", "/api/anything"],
    ] as const) {
      const decision = decideAccess(request(method, path), demo);
      expect(decision, `${method} ${path}`).toMatchObject({ action: "refuse", error: { code: "forbidden" } });
      if (decision.action === "refuse") expect(decision.error.message).toContain("read-only demo");
    }
    expect(decideAccess(request("GET", "/api/agents"), demo)).toEqual({ action: "next" });
    for (const name of ["loginAction", "logoutAction", "activateConnectionAction"]) {
      expect(decideAccess(request("POST", "/connections", { actions: [name] }), demo), name).toEqual({
        action: "next",
      });
    }
    for (const actions of [[""], ["deleteAgentAction"], ["logoutAction", "deleteAgentAction"]]) {
      expect(decideAccess(request("POST", "/login", { actions }), demo), JSON.stringify(actions)).toMatchObject({
        action: "refuse",
        error: { code: "forbidden" },
      });
    }
    expect(decideAccess(request("POST", "/connections", { actions: ["activateConnectionAction"] }), demoChat)).toEqual({
      action: "next",
    });
  });

  it("in demo mode with chat allows sending and stopping messages only", () => {
    expect(decideAccess(request("POST", "/api/agents/agent-1/messages"), demoChat)).toEqual({ action: "next" });
    expect(decideAccess(request("POST", "/api/agents/agent-1/messages/cancel"), demoChat)).toEqual({ action: "next" });
    expect(decideAccess(request("POST", "/api/agents/agent-1/messages/reset"), demoChat)).toMatchObject({
      action: "refuse",
    });
    expect(decideAccess(request("POST", "/api/agents/agent-1/conversations"), demoChat)).toMatchObject({
      action: "refuse",
    });
    expect(decideAccess(request("POST", "/api/agents/a/b/messages"), demoChat)).toMatchObject({ action: "refuse" });
  });

  it("asks for the login before it explains the demo", () => {
    expect(decideAccess(request("POST", "/api/agents"), { ...locked, demo: true })).toMatchObject({
      action: "refuse",
      error: { code: "unauthorized" },
    });
  });
});

describe("safeNext", () => {
  it("keeps local paths only", () => {
    expect(safeNext("/agents?x=1")).toBe("/agents?x=1");
    expect(safeNext("//evil.test")).toBe("/");
    expect(safeNext("/\\evil.test")).toBe("/");
    expect(safeNext("https://evil.test")).toBe("/");
    expect(safeNext(undefined)).toBe("/");
  });
});
