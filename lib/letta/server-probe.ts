import "server-only";
import {
  classifyServer,
  PROBE_PATHS,
  type ProbeAnswer,
  type ServerKind,
  type ServerProbe,
} from "@/lib/connections/server-kind";

const PROBE_TIMEOUT_MS = 2_000;
const MAX_BODY_CHARS = 32_000;
/** The header polls every few seconds while a server is down: a named server is not asked again for this long. */
const CACHE_MS = 30_000;
const CACHE_ENTRIES = 50;

const cache = new Map<string, { at: number; kind: ServerKind }>();

async function readStart(response: Response): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  try {
    while (text.length < MAX_BODY_CHARS) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return text.slice(0, MAX_BODY_CHARS);
}

async function ask(baseUrl: string, path: string): Promise<ProbeAnswer | undefined> {
  const url = new URL(path, baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);
  try {
    // No credentials: the server has not shown it is the Letta they are meant for. No redirects to other hosts.
    const response = await fetch(url, {
      redirect: "manual",
      headers: { accept: "application/json, text/html;q=0.9, */*;q=0.5" },
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    return {
      status: response.status,
      contentType: response.headers.get("content-type") ?? "",
      body: await readStart(response),
    };
  } catch {
    return undefined;
  }
}

/**
 * Looks closer at a server that answered but not as a usable Letta: four GET requests in parallel, each given
 * two seconds, then names what it found. Called only after the health check failed that way.
 */
export async function identifyServer(baseUrl: string): Promise<ServerKind> {
  const cached = cache.get(baseUrl);
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.kind;
  const keys = Object.keys(PROBE_PATHS) as Array<keyof ServerProbe>;
  const answers = await Promise.all(keys.map((key) => ask(baseUrl, PROBE_PATHS[key])));
  const probe: ServerProbe = {};
  keys.forEach((key, index) => {
    const answer = answers[index];
    if (answer) probe[key] = answer;
  });
  const kind = classifyServer(probe);
  if (cache.size >= CACHE_ENTRIES) cache.clear();
  cache.set(baseUrl, { at: Date.now(), kind });
  return kind;
}
