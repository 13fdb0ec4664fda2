import http from "node:http";

/** The requests a proxy passed to Letta, by method and path (ids replaced by `:id`). */
export interface Counts {
  total: number;
  byRoute: Map<string, number>;
  /** Each request in order: ms since the count started, method, path and query (ids kept). */
  requests: string[];
}

function routeOf(method: string, url: string): string {
  const path = url.split("?")[0] ?? url;
  return `${method} ${path.replace(/[a-z]+-[0-9a-f]{8}-[0-9a-f-]{27}/g, ":id")}`;
}

/**
 * A small HTTP proxy in front of Letta that counts every request the ADE makes to it. Bodies are piped
 * both ways unchanged (streams included).
 */
export async function startCountingProxy(target: string, port: number) {
  const upstream = new URL(target);
  let counts: Counts = { total: 0, byRoute: new Map(), requests: [] };
  let since = Date.now();
  const server = http.createServer((request, response) => {
    const route = routeOf(request.method ?? "GET", request.url ?? "/");
    counts.total += 1;
    counts.byRoute.set(route, (counts.byRoute.get(route) ?? 0) + 1);
    counts.requests.push(`${Date.now() - since} ms ${request.method ?? "GET"} ${request.url ?? "/"}`);
    const forwarded = http.request(
      {
        hostname: upstream.hostname,
        port: upstream.port,
        path: request.url,
        method: request.method,
        headers: { ...request.headers, host: upstream.host },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forwarded.on("error", () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    /** Starts counting from zero; returns what was counted until now. */
    reset(): Counts {
      const previous = counts;
      counts = { total: 0, byRoute: new Map(), requests: [] };
      since = Date.now();
      return previous;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
