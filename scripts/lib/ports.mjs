// Which ports the start command needs, and who holds one that is taken (plain Node: runs before npm packages exist).
import { readFileSync, readdirSync, readlinkSync } from "node:fs";
import net from "node:net";
import { join } from "node:path";

/**
 * Tries to listen on host:port the way a server would. Answers "free", "in-use", or another error code
 * (EADDRNOTAVAIL: not an address of this machine; EACCES: a privileged port).
 */
function tryListen(host, port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", (error) => resolve(error.code === "EADDRINUSE" ? "in-use" : (error.code ?? "error")));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve("free")));
  });
}

/** The inodes of the listening TCP sockets on `port` (Linux /proc; empty elsewhere). */
function listeningInodes(port) {
  const inodes = new Set();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text;
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is HEXIP:HEXPORT; state 0A is LISTEN; the inode is the tenth field.
      const localPort = fields[1]?.split(":").at(-1);
      if (localPort && fields[3] === "0A" && parseInt(localPort, 16) === port && fields[9]) inodes.add(fields[9]);
    }
  }
  return inodes;
}

/** The process listening on `port`, when this user may see it (Linux /proc): `{ pid, command }` or undefined. */
function portHolder(port) {
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return undefined;
  let pids;
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  for (const pid of pids) {
    let fds;
    try {
      fds = readdirSync(join("/proc", pid, "fd"));
    } catch {
      continue;
    }
    for (const fd of fds) {
      let target;
      try {
        target = readlinkSync(join("/proc", pid, "fd", fd));
      } catch {
        continue;
      }
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode && inodes.has(inode)) return { pid: Number(pid), command: commandLine(pid) };
    }
  }
  return undefined;
}

function commandLine(pid) {
  try {
    const text = readFileSync(join("/proc", String(pid), "cmdline"), "utf8")
      .split("\0")
      .filter(Boolean)
      .join(" ");
    return text.length > 120 ? `${text.slice(0, 117)}…` : text;
  } catch {
    return "";
  }
}

/** "pid 123: node server.js", for messages; empty when the holder is unknown. */
function describeHolder(holder) {
  if (!holder) return "";
  return holder.command ? `pid ${holder.pid}: ${holder.command}` : `pid ${holder.pid}`;
}

/**
 * GETs a URL and reads its JSON body, within `timeoutMs`: `{ status, body }` (body undefined when not JSON),
 * or undefined when nothing answered. The timer is what keeps the process waiting (a fetch to a socket that
 * is closed at once can stay pending with nothing else alive, and Node would exit mid-await).
 */
export async function getJsonWithin(url, timeoutMs = 3_000) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, redirect: "manual" });
    const body = await response.json().catch(() => undefined);
    return { status: response.status, body };
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/** True when the ADE (this project's server) answers at baseUrl, with or without an access password. */
async function adeAnswers(baseUrl) {
  const answer = await getJsonWithin(`${baseUrl}/api/server-status`);
  const body = answer?.body;
  if (!body || typeof body !== "object") return false;
  if (answer.status === 200) return "connectionId" in body && "state" in body;
  // Behind ADE_ACCESS_PASSWORD every route answers this until the visitor logs in.
  return answer.status === 401 && body.error?.message === "Log in to use this ADE.";
}

/** The address to reach a server listening on `host` (a wildcard host is reached on loopback). */
function reachableHost(host) {
  if (host === "0.0.0.0" || host === "::" || host === "[::]") return "127.0.0.1";
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

/**
 * Checks the ADE's own port before anything starts. Answers undefined when it is free, else the message to
 * print: the ADE already serving there (its URL and how to stop it), or the other program holding it.
 */
export async function adePortProblem(host, port) {
  const state = await tryListen(host, Number(port));
  if (state === "free") return undefined;
  if (state === "EADDRNOTAVAIL")
    return `ADE_HOST=${host} is not an address of this machine: use 127.0.0.1 (the default) or one of its own addresses.`;
  if (state === "EACCES")
    return `Port ${port} needs administrator rights on this system: pick a port above 1023, e.g. PORT=3000.`;
  if (state !== "in-use") return `Cannot listen on ${host}:${port} (${state}).`;
  const holder = portHolder(Number(port));
  const url = `http://${reachableHost(host)}:${port}`;
  if (await adeAnswers(url)) {
    const stop = holder
      ? `press Ctrl+C where it runs, or \`kill ${holder.pid}\``
      : "press Ctrl+C in the terminal where it runs";
    return (
      `The ADE is already running at ${url}${holder ? ` (pid ${holder.pid})` : ""}: open that address. ` +
      `To restart it, stop it first (${stop}); to run another one beside it, pick another port: PORT=${await freePortNear(port, host)} npm start.`
    );
  }
  return (
    `Port ${port} (${host}), where the ADE would listen, is already used by another program` +
    `${holder ? ` (${describeHolder(holder)})` : ""}. Stop that program, or pick another port for the ADE: ` +
    `PORT=${await freePortNear(port, host)} npm start.`
  );
}

/** A free port near `port` (above it, skipping `avoid`), to suggest in a message. */
async function freePortNear(port, host = "127.0.0.1", avoid = []) {
  for (let candidate = Number(port) + 1; candidate <= Math.min(Number(port) + 100, 65535); candidate++) {
    if (avoid.includes(candidate)) continue;
    if ((await tryListen(host, candidate)) === "free") return candidate;
  }
  return Number(port) + 1;
}

const STACK_PORTS = [
  { component: "letta", variable: "LETTA_PORT", what: "the local Letta server", fallback: 8283 },
  { component: "model-server", variable: "ADE_MODEL_PORT", what: "the scripted model server", fallback: 8284 },
  { component: "postgres", variable: "ADE_PG_PORT", what: "the local PostgreSQL", fallback: 8285 },
];

/** True when the stack's pid record for `component` names a live process that is still the one it started. */
function stackRuns(stackDir, component) {
  let record;
  try {
    record = JSON.parse(readFileSync(join(stackDir, "pids", `${component}.json`), "utf8"));
    process.kill(record.pid, 0);
  } catch {
    return false;
  }
  const command = commandLine(record.pid);
  return !command || typeof record.marker !== "string" || command.includes(record.marker);
}

/**
 * Checks the ports the local Letta stack will listen on (127.0.0.1), before it is started: a port held by
 * this stack's own component is fine (it is reused); one held by another program is a message to print.
 */
export async function stackPortProblems(env, stackDir) {
  const problems = [];
  const portOf = ({ variable, fallback }) => Number(env[variable]?.trim() || fallback);
  const ports = STACK_PORTS.map(portOf);
  for (const { component, variable, what, fallback } of STACK_PORTS) {
    if (component === "model-server" && env.OPENAI_API_KEY) continue;
    const port = portOf({ variable, fallback });
    if (!Number.isInteger(port) || port < 1 || port > 65535) continue; // the stack explains a bad value
    if ((await tryListen("127.0.0.1", port)) === "free" || stackRuns(stackDir, component)) continue;
    const holder = portHolder(port);
    problems.push(
      `Port ${port} (${variable}, ${what}) is already used by another program${holder ? ` (${describeHolder(holder)})` : ""}. ` +
        `Stop that program, or pick another port: ${variable}=${await freePortNear(port, "127.0.0.1", ports)} npm start` +
        (component === "letta" ? " (or point LETTA_BASE_URL at a Letta server that runs)." : "."),
    );
  }
  return problems;
}
