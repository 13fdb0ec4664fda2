import { describe, expect, it } from "vitest";
import { storeBackends, useFreshStore } from "@/lib/testing/store-backends";
import { ALL_CLIENTS, LoginBackoff, type BackoffOptions } from "./backoff";
import { storeFailureLog } from "./failure-log";

const options: BackoffOptions = {
  baseMs: 1_000,
  maxMs: 8_000,
  forgetAfterMs: 60_000,
  globalFreeFailures: 5,
  globalMaxMs: 3_000,
};

describe.each(storeBackends())("wrong passwords counted in the store on %s", (backend) => {
  useFreshStore(backend);

  it("counts every failure of concurrent attempts, and two processes' backoffs see the same count", async () => {
    let now = 1_000_000;
    const first = new LoginBackoff(storeFailureLog, options, () => now);
    const second = new LoginBackoff(storeFailureLog, options, () => now);
    await Promise.all(Array.from({ length: 4 }, (_, index) => (index % 2 ? first : second).fail("10.0.0.1")));
    const counted = await storeFailureLog.read(["10.0.0.1", ALL_CLIENTS], 0);
    expect(counted.get("10.0.0.1")).toEqual({ count: 4, last: now });
    expect(counted.get(ALL_CLIENTS)?.count).toBe(4);
    expect(await second.waitFor("10.0.0.1")).toBe(8_000);
    now += 3_000;
    expect(await first.waitFor("10.0.0.1")).toBe(5_000);
    expect(await first.waitFor("10.0.0.2")).toBe(0);
  });

  it("starts a client again from one after a quiet while, and forgets it when it logs in", async () => {
    let now = 5_000_000;
    const backoff = new LoginBackoff(storeFailureLog, options, () => now);
    await backoff.fail("10.0.0.3");
    await backoff.fail("10.0.0.3");
    now += 60_001;
    expect(await backoff.waitFor("10.0.0.3")).toBe(0);
    expect(await backoff.fail("10.0.0.3")).toBe(1_000);
    await backoff.succeed("10.0.0.3");
    expect(await backoff.waitFor("10.0.0.3")).toBe(0);
    expect((await storeFailureLog.read(["10.0.0.3"], 0)).size).toBe(0);
  });
});
