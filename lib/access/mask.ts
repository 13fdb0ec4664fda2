const SHOWN_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "api.letta.com"]);

/**
 * A server URL as the browser may show it: never with credentials; in demo mode (a shared screen) the host
 * of a private server is masked too, while loopback and Letta Cloud stay readable.
 */
export function publicUrl(url: string, demo: boolean): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return demo ? "•••" : url;
  }
  parsed.username = "";
  parsed.password = "";
  const path = parsed.pathname === "/" ? "" : parsed.pathname;
  const host = demo && !SHOWN_HOSTS.has(parsed.hostname) ? `•••${parsed.port ? `:${parsed.port}` : ""}` : parsed.host;
  return `${parsed.protocol}//${host}${path}`;
}

/** An id or project for a shared screen: its kind prefix (`agent-`) and last four characters only. */
export function maskId(value: string): string {
  const prefix = /^[a-z]+-/.exec(value)?.[0] ?? "";
  return `${prefix}•••${value.slice(-4)}`;
}
