import { spawnServe } from "./ade-process";
import { expect, test } from "./fixtures";
import { extraAdePort } from "./test-stack";

test("serve.mjs refuses another interface without an access password, and says why", async () => {
  for (const host of ["0.0.0.0", "::", "192.0.2.10"]) {
    const { exit, output } = spawnServe({ ADE_HOST: host, PORT: String(extraAdePort(5)), ADE_ACCESS_PASSWORD: "" });
    expect(await exit, host).toBe(2);
    expect(output(), host).toContain(`Refusing to serve the ADE on ${host} without an access password`);
    expect(output(), host).toContain("Set ADE_ACCESS_PASSWORD");
  }
});

test("serve.mjs refuses an access password that is too short, or a demo flag it cannot read", async () => {
  const short = spawnServe({ ADE_HOST: "0.0.0.0", PORT: String(extraAdePort(5)), ADE_ACCESS_PASSWORD: "short" });
  expect(await short.exit).toBe(2);
  expect(short.output()).toContain("ADE_ACCESS_PASSWORD must be at least 8 characters long.");
  const flag = spawnServe({ PORT: String(extraAdePort(5)), ADE_DEMO_MODE: "maybe" });
  expect(await flag.exit).toBe(2);
  expect(flag.output()).toContain('ADE_DEMO_MODE must be 1 or 0 (true or false), got "maybe".');
});
