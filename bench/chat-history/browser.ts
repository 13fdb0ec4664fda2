import type { Browser, Page, Request } from "@playwright/test";

export interface OpenSample {
  /** From navigation start until the newest message is on screen. */
  latestVisibleMs: number;
  /** Elements inside the message list once it shows the newest messages. */
  domNodes: number;
  /** Message elements (articles) among them. */
  articles: number;
}

export interface ScrollSample {
  /** Time between consecutive animation frames while scrolling up. */
  frames: number[];
  /** History requests the page made while scrolling (each a page of 50 messages). */
  historyRequests: number;
  /** How long each of those requests took until its response ended. */
  historyRequestMs: number[];
  /** Elements inside the message list at the end of the scroll. */
  domNodesAfter: number;
  /** The first message in the list's DOM at the end: how far back the scroll got. */
  reached: string;
}

const listSelector = '[role="log"][aria-label="Conversation"]';

/** Opens the agent page and waits, frame by frame, until the newest message's text is inside the list and on screen. */
export async function openAndWaitForLatest(page: Page, url: string, latestText: string): Promise<OpenSample> {
  await page.goto(url, { waitUntil: "commit" });
  const handle = await page.waitForFunction(
    ({ selector, text }) => {
      const list = document.querySelector(selector);
      if (!list) return false;
      const bounds = list.getBoundingClientRect();
      for (const element of list.querySelectorAll("article")) {
        if (!element.textContent?.includes(text)) continue;
        const box = element.getBoundingClientRect();
        if (box.bottom > bounds.top && box.top < bounds.bottom) return performance.now();
      }
      return false;
    },
    { selector: listSelector, text: latestText },
    { polling: "raf", timeout: 120_000 },
  );
  const latestVisibleMs = (await handle.jsonValue()) as number;
  const counts = await page.evaluate((selector) => {
    const list = document.querySelector(selector);
    return {
      domNodes: list?.querySelectorAll("*").length ?? 0,
      articles: list?.querySelectorAll("article").length ?? 0,
    };
  }, listSelector);
  return { latestVisibleMs, ...counts };
}

/** Scrolls the list up by `step` pixels every frame for `durationMs`, recording each frame's duration. */
export async function scrollUp(page: Page, durationMs: number, step: number): Promise<ScrollSample> {
  let historyRequests = 0;
  const historyRequestMs: number[] = [];
  const isOlderPage = (url: string) => /\/api\/agents\/[^/]+\/messages\?/.test(url) && url.includes("before=");
  const count = (request: Request) => {
    if (isOlderPage(request.url())) historyRequests++;
  };
  const timed = (request: Request) => {
    if (isOlderPage(request.url())) historyRequestMs.push(request.timing().responseEnd);
  };
  page.on("request", count);
  page.on("requestfinished", timed);
  try {
    // A string, not a function: tsx names inner functions with a helper that the page does not have.
    const script = `new Promise((resolve) => {
      const list = document.querySelector(${JSON.stringify(listSelector)});
      const frames = [];
      let last = performance.now();
      const end = last + ${durationMs};
      requestAnimationFrame(function tick(now) {
        frames.push(now - last);
        last = now;
        if (list) list.scrollTop = Math.max(0, list.scrollTop - ${step});
        if (now < end) requestAnimationFrame(tick);
        else {
          const first = list ? list.querySelector("article") : null;
          resolve({ frames: frames.slice(1), domNodesAfter: list ? list.querySelectorAll("*").length : 0, reached: first ? first.textContent.slice(0, 40) : "" });
        }
      });
    })`;
    const result = (await page.evaluate(script)) as { frames: number[]; domNodesAfter: number; reached: string };
    return { ...result, historyRequests, historyRequestMs };
  } finally {
    page.off("request", count);
    page.off("requestfinished", timed);
  }
}

export async function withPage<T>(browser: Browser, task: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    return await task(await context.newPage());
  } finally {
    await context.close();
  }
}
