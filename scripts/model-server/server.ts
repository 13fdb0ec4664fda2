/**
 * A scripted, deterministic OpenAI-compatible model server (Node's `http` only), for running a real Letta
 * server without a real model provider. See README.md beside this file.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { z } from "zod";
import { DEFAULT_EMBEDDING_DIMENSIONS, embed, toBase64 } from "./embeddings";
import { embeddingFailure } from "./file-tools";
import { chatRequestSchema, embeddingRequestSchema, errorBody, type ChatRequest } from "./protocol";
import { renderCompletion, renderStream, requestHash, estimateTokens } from "./render";
import { planReply, type Plan } from "./scenario";

const MODEL_IDS = ["scripted-model", "scripted-model-2"] as const;
/** What Letta 0.16.8 assigns to a model it finds in neither litellm's specs nor its own table. */
const LETTA_DEFAULT_CONTEXT_WINDOW = 30_000;
const MAX_BODY_BYTES = 32 * 1024 * 1024;
const RECENT_LIMIT = 25;

export interface ModelServerOptions {
  host?: string;
  port?: number;
  /** One line per request; defaults to silence. */
  log?: (line: string) => void;
}

interface RecordedRequest {
  path: string;
  scenario: string;
  stream: boolean;
  body: unknown;
}

export interface ModelServer {
  url: string;
  port: number;
  host: string;
  /** The most recent chat and embedding requests, oldest first (also served at GET /debug/requests). */
  recent: RecordedRequest[];
  close: () => Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type = "invalid_request_error",
  ) {
    super(message);
  }
}

export async function startModelServer(options: ModelServerOptions = {}): Promise<ModelServer> {
  const host = options.host ?? "127.0.0.1";
  const log = options.log ?? (() => undefined);
  const recent: RecordedRequest[] = [];
  const record = (entry: RecordedRequest) => {
    recent.push(entry);
    if (recent.length > RECENT_LIMIT) recent.shift();
  };

  const server: Server = createServer((req, res) => {
    handle(req, res, { log, record, recent }).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const type = error instanceof HttpError ? error.type : "server_error";
      const message = error instanceof Error ? error.message : String(error);
      log(`${req.method} ${req.url} -> ${status} ${message}`);
      if (!res.headersSent) sendJson(res, status, errorBody(message, type));
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8284, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    host,
    recent,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

interface HandlerContext {
  log: (line: string) => void;
  record: (entry: RecordedRequest) => void;
  recent: RecordedRequest[];
}

async function handle(req: IncomingMessage, res: ServerResponse, context: HandlerContext): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  // `/as/<name>/…` serves the same routes as another provider would: its models are `<name>-scripted-model…`.
  const alias = /^\/as\/([a-z0-9][a-z0-9-]{0,39})(?=\/|$)/.exec(url.pathname);
  const modelIds = alias ? MODEL_IDS.map((id) => `${alias[1]}-${id}`) : [...MODEL_IDS];
  // Accept both `/v1/...` and bare paths, in case a base URL is configured without `/v1`.
  const path =
    url.pathname
      .slice(alias ? alias[0].length : 0)
      .replace(/\/+$/, "")
      .replace(/^\/v1(?=\/)/, "") || "/";
  const method = req.method ?? "GET";

  if (method === "GET" && path === "/health") return sendJson(res, 200, { status: "ok" });
  // A key starting with `wrong-` is refused the way OpenAI refuses a bad key (for tests of provider checks).
  if (/^Bearer wrong-/i.test(req.headers.authorization ?? ""))
    return sendJson(res, 401, errorBody("Incorrect API key provided.", "invalid_request_error", "invalid_api_key"));
  if (method === "GET" && path === "/models")
    return sendJson(res, 200, { object: "list", data: modelIds.map(modelEntry) });
  if (method === "GET" && path.startsWith("/models/")) {
    const id = decodeURIComponent(path.slice("/models/".length));
    if (!modelIds.includes(id)) throw new HttpError(404, `The model '${id}' does not exist`);
    return sendJson(res, 200, modelEntry(id));
  }
  if (method === "GET" && path === "/debug/requests") return sendJson(res, 200, { data: context.recent });
  if (method === "POST" && path === "/chat/completions") return handleChat(req, res, context);
  if (method === "POST" && path === "/embeddings") return handleEmbeddings(req, res, context);
  throw new HttpError(404, `No route for ${method} ${url.pathname}`, "not_found_error");
}

function modelEntry(id: string) {
  return {
    id,
    object: "model",
    created: 1_735_689_600,
    owned_by: "letta-ade",
    context_length: LETTA_DEFAULT_CONTEXT_WINDOW,
  };
}

async function handleChat(req: IncomingMessage, res: ServerResponse, context: HandlerContext): Promise<void> {
  const raw = await readBody(req);
  const request: ChatRequest = parseWith(chatRequestSchema, raw);
  const plan = planReply(request);
  const stream = request.stream === true;
  context.record({ path: "/v1/chat/completions", scenario: plan.scenario, stream, body: JSON.parse(raw) as unknown });
  context.log(`POST /v1/chat/completions stream=${stream} -> ${describe(plan)}`);

  if (plan.kind === "error") {
    // `x-should-retry: false` stops the openai client (and so Letta) from retrying the scripted failure.
    return sendJson(
      res,
      plan.status,
      errorBody(plan.message, plan.status >= 500 ? "server_error" : "invalid_request_error", "scripted_error"),
      {
        "x-should-retry": "false",
      },
    );
  }

  const hash = requestHash(raw);
  const closed = watchClose(res);
  if (!stream) {
    const delay = plan.kind === "text" ? (plan.chunkDelayMs ?? 0) * (plan.chunks?.length ?? 0) : 0;
    if (delay > 0 && !(await sleep(delay, closed))) return;
    return sendJson(res, 200, renderCompletion(request, plan, hash));
  }

  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
  for (const chunk of renderStream(request, plan, hash)) {
    if (chunk.delayMs > 0 && !(await sleep(chunk.delayMs, closed))) return;
    if (closed.done) return;
    res.write(`data: ${JSON.stringify(chunk.data)}\n\n`);
  }
  res.end("data: [DONE]\n\n");
}

async function handleEmbeddings(req: IncomingMessage, res: ServerResponse, context: HandlerContext): Promise<void> {
  const raw = await readBody(req);
  const request = parseWith(embeddingRequestSchema, raw);
  const inputs = typeof request.input === "string" ? [request.input] : request.input;
  const dimensions = request.dimensions ?? DEFAULT_EMBEDDING_DIMENSIONS;
  const base64 = request.encoding_format === "base64";
  context.record({ path: "/v1/embeddings", scenario: "embeddings", stream: false, body: JSON.parse(raw) as unknown });
  context.log(`POST /v1/embeddings inputs=${inputs.length} dims=${dimensions} format=${base64 ? "base64" : "float"}`);
  const failure = embeddingFailure(inputs);
  if (failure) {
    return sendJson(res, failure.status, errorBody(failure.message, "invalid_request_error", "scripted_error"), {
      "x-should-retry": "false",
    });
  }

  const tokens = estimateTokens(inputs.reduce((sum, text) => sum + text.length, 0));
  sendJson(res, 200, {
    object: "list",
    model: request.model ?? "text-embedding-3-small",
    data: inputs.map((text, index) => {
      const vector = embed(text, dimensions);
      return { object: "embedding", index, embedding: base64 ? toBase64(vector) : vector };
    }),
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  });
}

function describe(plan: Plan): string {
  if (plan.kind === "tool") return `${plan.scenario}: tool ${plan.name}`;
  if (plan.kind === "error") return `${plan.scenario}: HTTP ${plan.status}`;
  return `${plan.scenario}: text (${plan.text.length} chars)`;
}

function parseWith<T extends z.ZodType>(schema: T, raw: string): z.infer<T> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new HttpError(400, "The request body is not valid JSON.");
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new HttpError(
      400,
      `Invalid request: ${issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "unknown"}`,
    );
  }
  return result.data;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, "The request body is too large.");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

interface CloseWatch {
  done: boolean;
  promise: Promise<void>;
}

/** Resolves when the client goes away before the response is finished (a cancelled run). */
function watchClose(res: ServerResponse): CloseWatch {
  const watch: CloseWatch = { done: false, promise: Promise.resolve() };
  watch.promise = new Promise<void>((resolve) => {
    res.once("close", () => {
      watch.done = !res.writableFinished;
      resolve();
    });
  });
  return watch;
}

/** Waits `ms`; false when the client disconnected meanwhile. */
async function sleep(ms: number, closed: CloseWatch): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))), closed.promise]);
  clearTimeout(timer);
  return !closed.done;
}
