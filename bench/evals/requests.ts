// Counts the HTTP requests each way of running a case sends to Letta, and how long Letta took to answer them
// (until the response's headers), by wrapping the global fetch the SDK clients are built with.

const byPath = new Map<string, Map<string, number[]>>();
let current: string | null = null;

/** The route of a request, ids left out: "GET /v1/agents/{id}/messages". */
function route(method: string, url: string): string {
  const { pathname } = new URL(url);
  return `${method} ${pathname.replace(/\/[a-z]+-[0-9a-f]{8}-[0-9a-f-]{27}/g, "/{id}").replace(/\/$/, "")}`;
}

/** Wraps the global fetch; call before any SDK client is made. */
export function countRequests(): void {
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const label = current;
    const start = performance.now();
    const response = await realFetch(input, init);
    if (label) {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      const method = init?.method ?? (input instanceof Request ? input.method : "GET");
      const routes = byPath.get(label) ?? new Map<string, number[]>();
      byPath.set(label, routes);
      const key = route(method.toUpperCase(), url);
      routes.set(key, [...(routes.get(key) ?? []), performance.now() - start]);
    }
    return response;
  };
}

/** Forgets what was counted (after a warm-up). */
export function resetRequests(): void {
  byPath.clear();
}

/** Attributes the requests sent while `work` runs (one at a time) to `label`. */
export async function attributed<T>(label: string, work: () => Promise<T>): Promise<T> {
  current = label;
  try {
    return await work();
  } finally {
    current = null;
  }
}

/** Per route: requests per run and the total time Letta took per run, for `runs` runs of `label`. */
export function requestTable(label: string, runs: number): string[] {
  const routes = [...(byPath.get(label) ?? new Map<string, number[]>())];
  const total = (times: number[]) => times.reduce((sum, time) => sum + time, 0);
  routes.sort((a, b) => total(b[1]) - total(a[1]));
  const count = routes.reduce((sum, [, times]) => sum + times.length, 0);
  const time = routes.reduce((sum, [, times]) => sum + total(times), 0);
  return [
    `  ${label}: ${(count / runs).toFixed(1)} requests, ${Math.round(time / runs)} ms of Letta's time per case`,
    ...routes.map(
      ([key, times]) =>
        `    ${(times.length / runs).toFixed(1).padStart(4)} × ${key.padEnd(48)} ${String(Math.round(total(times) / runs)).padStart(6)} ms`,
    ),
  ];
}
