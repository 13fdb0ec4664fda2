export interface BackoffOptions {
  /** The wait after a client's first wrong password; it doubles with each further one. */
  baseMs: number;
  maxMs: number;
  /** A client's failures are forgotten this long after its last one. */
  forgetAfterMs: number;
  /** Wrong passwords from all clients together before every client is slowed (clients can fake their address). */
  globalFreeFailures: number;
  globalMaxMs: number;
}

const defaultBackoff: BackoffOptions = {
  baseMs: 1_000,
  maxMs: 60_000,
  forgetAfterMs: 15 * 60_000,
  globalFreeFailures: 20,
  globalMaxMs: 10_000,
};

const MAX_CLIENTS = 10_000;
const GLOBAL = "\0all";

interface Failures {
  count: number;
  last: number;
}

/** Slows down password guessing: after each wrong password a client must wait longer before the next try. */
export class LoginBackoff {
  private readonly failures = new Map<string, Failures>();

  constructor(
    private readonly options: BackoffOptions = defaultBackoff,
    private readonly now: () => number = Date.now,
  ) {}

  private entry(key: string): Failures | undefined {
    const entry = this.failures.get(key);
    if (entry && this.now() - entry.last > this.options.forgetAfterMs) {
      this.failures.delete(key);
      return undefined;
    }
    return entry;
  }

  private delay(entry: Failures | undefined, free: number, maxMs: number): number {
    if (!entry || entry.count <= free) return 0;
    const wait = Math.min(this.options.baseMs * 2 ** (entry.count - free - 1), maxMs);
    return Math.max(0, entry.last + wait - this.now());
  }

  /** How long (ms) this client must still wait before its next try; 0 when it may try now. */
  waitFor(client: string): number {
    return Math.max(
      this.delay(this.entry(client), 0, this.options.maxMs),
      this.delay(this.entry(GLOBAL), this.options.globalFreeFailures, this.options.globalMaxMs),
    );
  }

  /** Records a wrong password; answers how long the client must now wait. */
  fail(client: string): number {
    for (const key of [client, GLOBAL]) {
      const entry = this.entry(key);
      this.failures.set(key, { count: (entry?.count ?? 0) + 1, last: this.now() });
    }
    this.prune();
    return this.waitFor(client);
  }

  succeed(client: string): void {
    this.failures.delete(client);
  }

  private prune(): void {
    if (this.failures.size <= MAX_CLIENTS) return;
    for (const key of this.failures.keys()) {
      if (this.failures.size <= MAX_CLIENTS / 2) break;
      if (key !== GLOBAL) this.failures.delete(key);
    }
  }
}

/** The client a request comes from, as the ADE's server saw it (Next.js fills X-Forwarded-For from the socket). */
export function clientKey(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}
