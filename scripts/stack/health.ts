import net from "node:net";

export interface WaitOptions {
  timeoutMs: number;
  intervalMs?: number;
  /** Called before each attempt; throwing stops the wait (e.g. the process died). */
  check?: () => void;
}

/** Polls `probe` until it returns true or the deadline passes. Never sleeps longer than needed. */
export async function waitFor(probe: () => boolean | Promise<boolean>, options: WaitOptions): Promise<boolean> {
  const deadline = Date.now() + options.timeoutMs;
  const interval = options.intervalMs ?? 500;
  for (;;) {
    options.check?.();
    if (await probe()) return true;
    const left = deadline - Date.now();
    if (left <= 0) return false;
    await new Promise((resolve) => setTimeout(resolve, Math.min(interval, left)));
  }
}

/** GETs a URL; returns the parsed JSON body (or null for non-JSON) on 2xx, undefined otherwise. */
export async function getJson(url: string, timeoutMs = 3_000): Promise<unknown> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return undefined;
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return null;
    }
  } catch {
    return undefined;
  }
}

/** True when something accepts TCP connections on host:port. */
export function portInUse(host: string, port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}
