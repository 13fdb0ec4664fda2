import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

/** A stand-in of another product than Letta's V1 server, on loopback, for the connection doctor's tests. */
export interface StandIn {
  url: string;
  close: () => Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

async function serve(handler: Handler): Promise<StandIn> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const send = (response: ServerResponse, status: number, contentType: string, body: string) => {
  response.writeHead(status, { "content-type": contentType });
  response.end(body);
};

const page = (title: string) =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`;

/** A plain web server: a home page in HTML, and an HTML 404 page for every other path. */
export function plainWebServer(title: string): Promise<StandIn> {
  return serve((request, response) => {
    if (request.url === "/") send(response, 200, "text/html; charset=utf-8", page(title));
    else send(response, 404, "text/html; charset=utf-8", page("404 Not Found"));
  });
}

/**
 * Answers like Letta Code's app server (`letta server --listen ws://…`): `/healthz` and `/readyz` answer "ok",
 * `/app-server-info` its info message, everything else 404 (the WebSocket at `/ws` is not needed here). Like the
 * real one, it refuses health probes that carry a browser's Origin.
 */
export function appServerStandIn(): Promise<StandIn> {
  return serve((request, response) => {
    const path = (request.url ?? "/").split("?")[0];
    if ((path === "/healthz" || path === "/readyz") && request.headers.origin) send(response, 403, "text/plain", "");
    else if (path === "/healthz" || path === "/readyz") send(response, 200, "text/plain", "ok\n");
    else if (path === "/app-server-info")
      send(
        response,
        200,
        "application/json",
        JSON.stringify({ type: "app_server_info_response", protocol_version: 1 }),
      );
    else send(response, 404, "text/plain", "Not Found");
  });
}

/** A Letta older than 0.16, as far as its health endpoint goes: `/v1/health/` answers its version. */
export function oldLettaStandIn(version: string): Promise<StandIn> {
  return serve((request, response) => {
    const path = (request.url ?? "/").split("?")[0];
    if (path === "/v1/health/" || path === "/v1/health")
      send(response, 200, "application/json", JSON.stringify({ version, status: "ok" }));
    else send(response, 404, "application/json", JSON.stringify({ detail: "Not Found" }));
  });
}
