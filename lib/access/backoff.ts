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

/** The key under which every client's wrong passwords are counted together. */
export const ALL_CLIENTS = "(all clients)";

export interface Failures {
  count: number;
  last: number;
}

/** Where wrong passwords are counted: the ADE's store (shared by every ADE process on it), or memory in tests. */
export interface FailureLog {
  /** The failures of `keys` whose last one came after `since`. */
  read(keys: readonly string[], since: number): Promise<Map<string, Failures>>;
  /** One more failure for each key at `now`; a key whose last failure came before `since` starts again from one. */
  add(keys: readonly string[], now: number, since: number): Promise<void>;
  clear(key: string): Promise<void>;
}

/** Slows down password guessing: after each wrong password a client must wait longer before the next try. */
export class LoginBackoff {
  constructor(
    private readonly log: FailureLog,
    private readonly options: BackoffOptions = defaultBackoff,
    private readonly now: () => number = Date.now,
  ) {}

  private delay(entry: Failures | undefined, free: number, maxMs: number): number {
    if (!entry || entry.count <= free) return 0;
    const wait = Math.min(this.options.baseMs * 2 ** (entry.count - free - 1), maxMs);
    return Math.max(0, entry.last + wait - this.now());
  }

  /** How long (ms) this client must still wait before its next try; 0 when it may try now. */
  async waitFor(client: string): Promise<number> {
    const entries = await this.log.read([client, ALL_CLIENTS], this.now() - this.options.forgetAfterMs);
    return Math.max(
      this.delay(entries.get(client), 0, this.options.maxMs),
      this.delay(entries.get(ALL_CLIENTS), this.options.globalFreeFailures, this.options.globalMaxMs),
    );
  }

  /** Records a wrong password; answers how long the client must now wait. */
  async fail(client: string): Promise<number> {
    const now = this.now();
    await this.log.add([client, ALL_CLIENTS], now, now - this.options.forgetAfterMs);
    return this.waitFor(client);
  }

  async succeed(client: string): Promise<void> {
    await this.log.clear(client);
  }
}

/** The client a request comes from, as the ADE's server saw it (Next.js fills X-Forwarded-For from the socket). */
export function clientKey(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}
