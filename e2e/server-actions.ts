import { readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { adeBaseUrl } from "./test-stack";

/** Pages whose scripts, between them, reference every server action of the ADE. */
const scannedPages = ["/login", "/connections", "/agents/new", "/tools", "/mcp", "/blocks", "/groups"];

const ids = new Map<string, string>();

/** Exported name → id of every server action, from the build the e2e ADE serves. */
function manifestIds(): Map<string, string> {
  const file = path.resolve(import.meta.dirname, "..", ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node?: Record<string, { exportedName?: string }> };
  return new Map(
    Object.entries(manifest.node ?? {}).flatMap(([id, entry]) =>
      entry.exportedName ? [[entry.exportedName, id] as const] : [],
    ),
  );
}

/**
 * Finds a server action's id the way a browser gets it: the page's script chunks hold
 * `createServerReference("<id>", …, "<exported name>")` for every action the page can call. The ids
 * belong to the build, so every ADE started from it (password, demo…) uses the same ones.
 * `pages` adds pages to look in (e.g. an agent's page).
 */
async function actionId(name: string, pages: string[] = []): Promise<string> {
  const known = ids.get(name);
  if (known) return known;
  const seenChunks = new Set<string>();
  for (const pathname of [...pages, ...scannedPages]) {
    const html = await (await fetch(`${adeBaseUrl}${pathname}`)).text();
    for (const [, chunk] of html.matchAll(/<script[^>]+src="(\/_next\/static\/chunks\/[^"]+\.js)"/g)) {
      if (!chunk || seenChunks.has(chunk)) continue;
      seenChunks.add(chunk);
      const code = await (await fetch(`${adeBaseUrl}${chunk}`)).text();
      for (const [, id, exported] of code.matchAll(
        /createServerReference\)\("([0-9a-f]{40,})",[^"]*?"([A-Za-z0-9_$]+)"\)/g,
      )) {
        if (id && exported) ids.set(exported, id);
      }
    }
    const found = ids.get(name);
    if (found) return found;
  }
  // Actions of panels that load on demand sit in lazy chunks no page names: the build's manifest has them.
  const fromManifest = manifestIds().get(name);
  if (fromManifest) return fromManifest;
  throw new Error(`Neither a page script nor the build's manifest references the server action ${name}`);
}

/** A browser's same-origin headers, unless the caller sets where the request comes from itself. */
function sameOriginUnlessSaid(baseUrl: string, headers: Record<string, string> = {}): Record<string, string> {
  return "origin" in headers || "sec-fetch-site" in headers ? {} : { origin: baseUrl, "sec-fetch-site": "same-origin" };
}

export interface ActionResponse {
  status: number;
  /** The action's result (`{ ok, data | error }`) when the server ran it; undefined otherwise. */
  result: { ok: boolean; data?: unknown; error?: { code: string; message: string; hint: string } } | undefined;
  /** The raw body (an RSC payload when the action ran, the JSON error body when the server refused it). */
  body: string;
}

/**
 * Calls a server action the way React does: a POST to a page with the action id in `next-action` and the
 * arguments as a JSON array. Same-origin browser headers unless `headers` says otherwise.
 */
export async function postAction(
  baseUrl: string,
  name: string,
  args: unknown[],
  options: { page?: string; headers?: Record<string, string> } = {},
): Promise<ActionResponse> {
  const response = await fetch(`${baseUrl}${options.page ?? "/"}`, {
    method: "POST",
    headers: {
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      ...sameOriginUnlessSaid(baseUrl, options.headers),
      "next-action": await actionId(name, options.page ? [options.page] : []),
      ...options.headers,
    },
    body: JSON.stringify(args),
    redirect: "manual",
  });
  const body = await response.text();
  // The RSC payload answers in rows `<id>:<json>`; row 1 is the action's return value.
  const row = body.split("\n").find((line) => line.startsWith("1:"));
  const result = response.ok && row ? (JSON.parse(row.slice(2)) as ActionResponse["result"]) : undefined;
  return { status: response.status, result, body };
}

/** An action that must have run and succeeded: its data. */
export async function runAction<T>(baseUrl: string, name: string, input: unknown): Promise<T> {
  const { status, result, body } = await postAction(baseUrl, name, [input]);
  expect(status, body).toBe(200);
  expect(result, body).toMatchObject({ ok: true });
  return result?.data as T;
}

/**
 * Calls a form's server action the way `useActionState` does: the arguments are the previous state
 * (null) and the form's fields, sent as multipart form data (React's encoding of a FormData argument).
 */
export async function postFormAction(
  baseUrl: string,
  name: string,
  fields: Record<string, string>,
  options: { page?: string; headers?: Record<string, string> } = {},
): Promise<ActionResponse & { response: Response }> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(`_1_${key}`, value);
  form.append("0", JSON.stringify([null, "$K1"]));
  const response = await fetch(`${baseUrl}${options.page ?? "/"}`, {
    method: "POST",
    headers: {
      accept: "text/x-component",
      ...sameOriginUnlessSaid(baseUrl, options.headers),
      "next-action": await actionId(name),
      ...options.headers,
    },
    body: form,
    redirect: "manual",
  });
  const body = await response.text();
  const row = body.split("\n").find((line) => line.startsWith("1:"));
  const result = response.ok && row ? (JSON.parse(row.slice(2)) as ActionResponse["result"]) : undefined;
  return { status: response.status, result, body, response };
}
