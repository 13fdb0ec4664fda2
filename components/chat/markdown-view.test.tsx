import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown-view";

const html = (text: string) => renderToStaticMarkup(<Markdown text={text} />);

describe("Markdown", () => {
  it("renders GFM: emphasis, lists, inline code, tables, links", () => {
    const out = html(
      "The **plan**:\n\n- read the `notes`\n- [a summary](https://example.com)\n\n| a | b |\n| --- | --- |\n| 1 | 2 |",
    );
    expect(out).toContain("<strong>plan</strong>");
    expect(out).toMatch(/<li>read the <code[^>]*>notes<\/code><\/li>/);
    expect(out).toMatch(
      /<a href="https:\/\/example.com" target="_blank" rel="noopener noreferrer nofollow"[^>]*>a summary<\/a>/,
    );
    expect(out).toMatch(/<table[^>]*>.*<th[^>]*>\s*a\s*<\/th>.*<td[^>]*>\s*2\s*<\/td>/s);
  });

  it("shows raw HTML as text", () => {
    const out = html('<script>alert(1)</script> and <img src=x onerror="alert(2)">');
    expect(out).not.toMatch(/<script|<img/);
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).toContain("&lt;img src=x");
  });

  it("drops unsafe link targets and every image", () => {
    const out = html(
      "[a](javascript:alert(1)) [b](java&#9;script:alert(2)) [c](data:text/html;base64,PHNjcmlwdD4=) [d](vbscript:x) [z](java\u200bscript:alert(3)) ![e](https://example.com/x.png)",
    );
    expect(out).not.toMatch(/<img|href="(javascript|vbscript|data):/i);
    // An entity is not decoded in an address: this one stays a harmless relative link, never a tab in a scheme.
    const hrefs = [...out.matchAll(/href="([^"]*)"/g)].map((match) => match[1]?.replaceAll("&amp;", "&") ?? "");
    for (const href of hrefs) expect(new URL(href, "https://ade.invalid/").protocol).toBe("https:");
    expect(out).toContain("<span>a</span>");
    expect(out).toContain("<span>c</span>");
    expect(out).toContain("<span>z</span>");
  });
});
