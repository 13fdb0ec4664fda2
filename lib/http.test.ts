import { describe, expect, it } from "vitest";
import { assertSameOrigin } from "./http";

const request = (headers: Record<string, string>) =>
  new Request("http://127.0.0.1:3000/api/connections", {
    method: "POST",
    headers: { host: "127.0.0.1:3000", ...headers },
  });

describe("assertSameOrigin", () => {
  it("lets the ADE's own pages and non-browser clients through", () => {
    expect(() =>
      assertSameOrigin(request({ origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" })),
    ).not.toThrow();
    expect(() => assertSameOrigin(request({}))).not.toThrow();
  });

  it("refuses requests another site made the browser send", () => {
    expect(() => assertSameOrigin(request({ origin: "https://evil.example", "sec-fetch-site": "cross-site" }))).toThrow(
      /another site/,
    );
    expect(() => assertSameOrigin(request({ origin: "https://evil.example" }))).toThrow(/another site/);
    expect(() => assertSameOrigin(request({ origin: "null" }))).toThrow(/another site/);
    expect(() => assertSameOrigin(request({ "sec-fetch-site": "same-site" }))).toThrow(/another site/);
  });
});
