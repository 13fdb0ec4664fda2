import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { brokenLinks, headingAnchor, linksOf } from "./links";

describe("docs links", () => {
  it("makes GitHub's anchors from headings", () => {
    expect(headingAnchor("Access: password, demo mode, connection allowlist")).toBe(
      "access-password-demo-mode-connection-allowlist",
    );
    expect(headingAnchor("`npm start`")).toBe("npm-start");
    expect(headingAnchor("Compare two agents, and A/B chat")).toBe("compare-two-agents-and-ab-chat");
  });

  it("finds relative links and images, not URLs or code", () => {
    const text = [
      "See [ops](docs/operations.md#access) and ![shot](public/a.png).",
      "Not [web](https://example.com) nor `[code](x.md)`.",
      "```",
      "[fenced](y.md)",
      "```",
    ].join("\n");
    expect(linksOf(text)).toEqual([
      { line: 1, target: "docs/operations.md#access" },
      { line: 1, target: "public/a.png" },
    ]);
  });

  it("finds no broken relative link in the repository's Markdown", () => {
    expect(brokenLinks(resolve(import.meta.dirname, "../.."))).toEqual([]);
  });
});
