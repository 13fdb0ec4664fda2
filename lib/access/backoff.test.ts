import { describe, expect, it } from "vitest";
import { clientKey, LoginBackoff, type BackoffOptions, type FailureLog, type Failures } from "./backoff";

const options: BackoffOptions = {
  baseMs: 1_000,
  maxMs: 8_000,
  forgetAfterMs: 60_000,
  globalFreeFailures: 5,
  globalMaxMs: 3_000,
};

function memoryLog(): FailureLog {
  const failures = new Map<string, Failures>();
  return {
    read: async (keys, since) =>
      new Map(
        keys.flatMap((key) => {
          const entry = failures.get(key);
          return entry && entry.last > since ? [[key, entry] as const] : [];
        }),
      ),
    add: async (keys, now, since) => {
      for (const key of keys) {
        const entry = failures.get(key);
        failures.set(key, { count: entry && entry.last >= since ? entry.count + 1 : 1, last: now });
      }
    },
    clear: async (key) => void failures.delete(key),
  };
}

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("LoginBackoff", () => {
  it("lets a client try at once until it fails, then doubles the wait up to the cap", async () => {
    const time = clock();
    const backoff = new LoginBackoff(memoryLog(), options, time.now);
    expect(await backoff.waitFor("a")).toBe(0);
    expect(await backoff.fail("a")).toBe(1_000);
    expect(await backoff.waitFor("a")).toBe(1_000);
    time.advance(400);
    expect(await backoff.waitFor("a")).toBe(600);
    time.advance(600);
    expect(await backoff.waitFor("a")).toBe(0);
    expect(await backoff.fail("a")).toBe(2_000);
    time.advance(2_000);
    expect(await backoff.fail("a")).toBe(4_000);
    time.advance(4_000);
    expect(await backoff.fail("a")).toBe(8_000);
    time.advance(8_000);
    expect(await backoff.fail("a")).toBe(8_000);
  });

  it("keeps clients apart, and forgets a client after a quiet while", async () => {
    const time = clock();
    const backoff = new LoginBackoff(memoryLog(), options, time.now);
    await backoff.fail("a");
    expect(await backoff.waitFor("b")).toBe(0);
    time.advance(60_001);
    expect(await backoff.waitFor("a")).toBe(0);
    expect(await backoff.fail("a")).toBe(1_000);
  });

  it("clears a client's failures when it logs in", async () => {
    const time = clock();
    const backoff = new LoginBackoff(memoryLog(), options, time.now);
    await backoff.fail("a");
    time.advance(1_000);
    await backoff.succeed("a");
    expect(await backoff.fail("a")).toBe(1_000);
  });

  it("slows everyone, up to a lower cap, when many clients fail (addresses can be faked)", async () => {
    const time = clock();
    const backoff = new LoginBackoff(memoryLog(), options, time.now);
    for (let index = 0; index < 5; index += 1) await backoff.fail(`client-${index}`);
    expect(await backoff.waitFor("fresh")).toBe(0);
    await backoff.fail("client-5");
    expect(await backoff.waitFor("fresh")).toBe(1_000);
    for (let index = 6; index < 12; index += 1) await backoff.fail(`client-${index}`);
    expect(await backoff.waitFor("fresh")).toBe(3_000);
  });
});

describe("clientKey", () => {
  it("takes the first forwarded address", () => {
    expect(clientKey(new Headers({ "x-forwarded-for": "10.0.0.1, 10.0.0.2" }))).toBe("10.0.0.1");
    expect(clientKey(new Headers())).toBe("unknown");
  });
});
