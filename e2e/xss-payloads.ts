import { expect, type Page } from "@playwright/test";

/**
 * Untrusted text that would run code if the ADE rendered it as HTML, as a markdown link/image URL, as a
 * style, or evaluated it. Every payload that ran would call `window.__xss(n)` (or `alert(n)`, which opens a
 * dialog); `token` (`XSSnn`) is plain text in every payload, so it must be visible wherever the payload is
 * shown, markdown or not.
 */
export interface XssPayload {
  n: number;
  token: string;
  text: string;
}

const raw: string[] = [
  "<script>__xss(1)</script>",
  '<img src=x onerror="__xss(2)">',
  '<svg onload="__xss(3)"><circle r="1"/></svg>',
  '<iframe srcdoc="<script>parent.__xss(4)</script>"></iframe>',
  '<iframe src="javascript:parent.__xss(5)"></iframe>',
  "[markdown link](javascript:__xss(6))",
  '![markdown image](javascript:__xss(7)) ![remote image](https://example.invalid/x.png "title")',
  "[entity link](&#106;avascript&#58;__xss(8)) [colon entity](javascript&colon;__xss(8))",
  '<a href="javascript:__xss(9)">html link</a>',
  '<div style="background-image:url(javascript:__xss(10))">styled div</div>',
  '<div style="width: expression(__xss(11))">ie expression</div>',
  '<style>@import "javascript:__xss(12)"; body { background: url("javascript:__xss(12)") }</style>',
  "&lt;img src=x onerror=__xss(13)&gt; &#60;script&#62;__xss(13)&#60;/script&#62;",
  "<javascript:__xss(14)> autolink",
  "[reference link][r14]\n\n[r14]: javascript:__xss(15)",
  "[data url](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MoMTYpPC9zY3JpcHQ+)",
  '<details open ontoggle="__xss(17)"><summary>details</summary>body</details>',
  "<math><mtext><table><mglyph><style><img src=x onerror=__xss(18)></style></mglyph></table></mtext></math>",
  "\"><img src=x onerror=__xss(19)>'><svg/onload=__xss(19)>",
  "</textarea></title></script></style><img src=x onerror=__xss(20)>",
  "[fullwidth](ｊａｖａｓｃｒｉｐｔ:__xss(21)) [zero width](java\u200bscript:__xss(21)) [tab entity](java&#9;script:__xss(21)) \u202Egnp.exe",
  '<input autofocus onfocus="__xss(22)"> <video><source onerror="__xss(22)"></video>',
  '<object data="javascript:__xss(23)"></object><embed src="javascript:__xss(23)">',
  '<meta http-equiv="refresh" content="0;url=javascript:__xss(24)"><base href="javascript:__xss(24)//">',
  "{{constructor.constructor('__xss(25)')()}} ${__xss(25)} #{__xss(25)}",
  '<svg><a xlink:href="javascript:__xss(26)"><text y="20">svg link</text></a></svg>',
  '[title breakout](https://example.invalid "\\" onmouseover=\\"__xss(27)") [angle](<javascript:__xss(27)>)',
  "<img src=x onerror=alert(28)>",
  'javascript:__xss(29) www.example.invalid/"onmouseover=__xss(29)',
  '<a href="vbscript:__xss(30)">vb link</a> [vb markdown](vbscript:__xss(30)) <form action="javascript:__xss(30)"><button>go</button></form>',
];

export const xssPayloads: XssPayload[] = raw.map((text, index) => {
  const n = index + 1;
  const token = `XSS${String(n).padStart(2, "0")}`;
  return { n, token, text: `${token} ${text}` };
});

/** Every payload in one text, a blank line apart (one markdown document, one block value, …). */
export const allPayloads = xssPayloads.map((payload) => payload.text).join("\n\n");

export interface XssTrap {
  /** Payload numbers whose code ran. */
  hits: number[];
  /** Messages of dialogs (alert, confirm, prompt) opened by the page. */
  dialogs: string[];
}

/**
 * Arms the page before it loads: `window.__xss(n)` reports to the test through a binding, and every
 * dialog is recorded (and dismissed).
 */
export async function armXssTrap(page: Page): Promise<XssTrap> {
  const trap: XssTrap = { hits: [], dialogs: [] };
  await page.exposeBinding("__xssReport", (_source, n: unknown) => void trap.hits.push(Number(n)));
  await page.addInitScript(() => {
    const report = (window as unknown as { __xssReport: (n: unknown) => void }).__xssReport;
    Object.defineProperty(window, "__xss", { value: (n: unknown) => void report(n), writable: false });
  });
  page.on("dialog", (dialog) => {
    trap.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return trap;
}

/** Elements and attributes that only an injection could have put in the ADE's DOM. */
function findInjected(): string[] {
  const found: string[] = [];
  const dangerousUrl = /^(javascript|vbscript|data):/i;
  const stripped = (value: string) =>
    value.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028-\u202f\ufeff]/g, "");
  for (const element of document.querySelectorAll("*")) {
    const tag = element.tagName.toLowerCase();
    const inBody = document.body.contains(element);
    // The ADE's own toasts (sonner) draw their icons as SVG; their text is the ADE's, never the agent's.
    if (element.closest("[data-sonner-toaster]")) continue;
    if (
      [
        "iframe",
        "object",
        "embed",
        "frame",
        "frameset",
        "math",
        "video",
        "audio",
        "source",
        "marquee",
        "img",
        "svg",
      ].includes(tag)
    ) {
      found.push(`<${tag}> element`);
    }
    if (tag === "base" || (tag === "meta" && element.hasAttribute("http-equiv"))) found.push(`<${tag}> element`);
    const code = element.textContent ?? "";
    // Next.js streams the page's data as JSON strings in `self.__next_f.push(…)` scripts (escaped, inert).
    const flightData = tag === "script" && /^\(?self\.__next_f\b/.test(code.trim());
    if ((tag === "script" || tag === "style") && code.includes("__xss") && !flightData)
      found.push(`<${tag}> with payload code`);
    if (inBody && tag === "style") found.push("<style> in the body");
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value;
      if (name.startsWith("on")) found.push(`<${tag} ${name}>`);
      if (["srcdoc", "formaction", "xlink:href"].includes(name)) found.push(`<${tag} ${name}>`);
      if (
        ["href", "src", "action", "data", "poster", "background"].includes(name) &&
        dangerousUrl.test(stripped(value))
      ) {
        found.push(`<${tag} ${name}="${value.slice(0, 40)}">`);
      }
      if (name === "style" && /javascript:|expression\(|__xss/i.test(value))
        found.push(`<${tag} style="${value.slice(0, 40)}">`);
    }
  }
  return found;
}

/**
 * Nothing ran, no dialog opened, nothing was injected into the DOM, and every payload's token is shown as
 * text inside `region` (the payload was rendered, not dropped).
 */
export async function expectInert(
  page: Page,
  trap: XssTrap,
  region = page.locator("body"),
  payloads = xssPayloads,
): Promise<void> {
  for (const payload of payloads) await expect(region).toContainText(payload.token);
  expect(await page.evaluate(findInjected)).toEqual([]);
  expect(trap.hits).toEqual([]);
  expect(trap.dialogs).toEqual([]);
}
