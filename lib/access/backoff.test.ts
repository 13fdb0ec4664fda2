import { describe, expect, it } from "vitest";
import { clientKey, LoginBackoff, type BackoffOptions } from "./backoff";

const options: BackoffOptions = {
  baseMs: 1_000,
  maxMs: 8_000,
  forgetAfterMs: 60_000,
  globalFreeFailures: 5,
  globalMaxMs: 3_000,
};

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("LoginBackoff", () => {
  it("lets a client try at once until it fails, then doubles the wait up to the cap", () => {
    const time = clock();
    const backoff = new LoginBackoff(options, time.now);
    expect(backoff.waitFor("a")).toBe(0);
    expect(backoff.fail("a")).toBe(1_000);
    expect(backoff.waitFor("a")).toBe(1_000);
    time.advance(400);
    expect(backoff.waitFor("a")).toBe(600);
    time.advance(600);
    expect(backoff.waitFor("a")).toBe(0);
    expect(backoff.fail("a")).toBe(2_000);
    time.advance(2_000);
    expect(backoff.fail("a")).toBe(4_000);
    time.advance(4_000);
    expect(backoff.fail("a")).toBe(8_000);
    time.advance(8_000);
    expect(backoff.fail("a")).toBe(8_000);
  });

  it("keeps clients apart, and forgets a client after a quiet while", () => {
    const time = clock();
    const backoff = new LoginBackoff(options, time.now);
    backoff.fail("a");
    expect(backoff.waitFor("b")).toBe(0);
    time.advance(60_001);
    expect(backoff.waitFor("a")).toBe(0);
    expect(backoff.fail("a")).toBe(1_000);
  });

  it("clears a client's failures when it logs in", () => {
    const time = clock();
    const backoff = new LoginBackoff(options, time.now);
    backoff.fail("a");
    time.advance(1_000);
    backoff.succeed("a");
    expect(backoff.fail("a")).toBe(1_000);
  });

  it("slows everyone, up to a lower cap, when many clients fail (addresses can be faked)", () => {
    const time = clock();
    const backoff = new LoginBackoff(options, time.now);
    for (let index = 0; index < 5; index += 1) backoff.fail(`client-${index}`);
    expect(backoff.waitFor("fresh")).toBe(0);
    backoff.fail("client-5");
    expect(backoff.waitFor("fresh")).toBe(1_000);
    for (let index = 6; index < 12; index += 1) backoff.fail(`client-${index}`);
    expect(backoff.waitFor("fresh")).toBe(3_000);
  });
});

describe("clientKey", () => {
  it("takes the first forwarded address", () => {
    expect(clientKey(new Headers({ "x-forwarded-for": "10.0.0.1, 10.0.0.2" }))).toBe("10.0.0.1");
    expect(clientKey(new Headers())).toBe("unknown");
  });
});
