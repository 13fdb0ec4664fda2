// Which server action a request calls, for the access policy: proxy.ts sees only an action's id (in the
// `next-action` header, or in the form body of a form posted without JavaScript), and the build's
// server-reference manifest names it. No "server-only" marker: proxy.ts imports this module.
import { readFileSync } from "node:fs";
import path from "node:path";

type Manifest = { node?: Record<string, { exportedName?: string }> };

let cached: Map<string, string> | undefined;

function manifestNames(): Map<string, string> {
  if (cached && process.env.NODE_ENV === "production") return cached;
  const file = path.join(
    /* turbopackIgnore: true */ process.cwd(),
    ".next",
    "server",
    "server-reference-manifest.json",
  );
  let manifest: Manifest = {};
  try {
    manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
  } catch {
    // No manifest (no build yet): no action has a name, so none is let through where a name is needed.
  }
  cached = new Map(
    Object.entries(manifest.node ?? {}).flatMap(([id, entry]) =>
      entry.exportedName ? [[id, entry.exportedName] as const] : [],
    ),
  );
  return cached;
}

/** The exported name of the server action with this id, or undefined for an unknown id. */
export function actionName(id: string): string | undefined {
  return manifestNames().get(id);
}

/**
 * The ids of the actions a form posted without JavaScript calls, read the way React reads them: a
 * `$ACTION_ID_<id>` field, or a `$ACTION_REF_<n>` field whose `$ACTION_<n>:0` field holds `{ id }`.
 */
export function formActionIds(form: FormData): string[] {
  const ids: string[] = [];
  for (const key of form.keys()) {
    if (key.startsWith("$ACTION_ID_")) ids.push(key.slice("$ACTION_ID_".length));
    if (key.startsWith("$ACTION_REF_")) {
      const meta = form.get(`$ACTION_${key.slice("$ACTION_REF_".length)}:0`);
      try {
        const id = typeof meta === "string" ? (JSON.parse(meta) as { id?: unknown }).id : undefined;
        ids.push(typeof id === "string" ? id : "");
      } catch {
        ids.push("");
      }
    }
  }
  return ids;
}
