import { defineConfig, devices } from "@playwright/test";
import { adeBaseUrl, adeDataDir, e2eSecrets, lettaBaseUrl, testStack } from "./e2e/test-stack";

const ci = process.env.CI === "true" || process.env.CI === "1";

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: ci,
  retries: 0,
  // A budget, not a wait: on a 2-core machine shared with other builds, tests that take 15 s alone have taken
  // 50–59 s (the demo's sweep of every route, sleep-time runs), and the sweeps grow with each new route.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  outputDir: "test-results/playwright",
  reporter: [
    ["list"],
    ["json", { outputFile: "test-results/playwright.json" }],
    ["html", { open: "never", outputFolder: "playwright-report" }],
  ],
  globalSetup: "./e2e/global-setup.ts",
  globalTeardown: "./e2e/global-teardown.ts",
  use: {
    baseURL: adeBaseUrl,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node scripts/serve.mjs",
    url: `${adeBaseUrl}/api/server-status`,
    reuseExistingServer: !ci,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(testStack.adePort),
      ADE_HOST: "127.0.0.1",
      LETTA_BASE_URL: lettaBaseUrl,
      // A configured secret for the secret scan; the test server is not secured and ignores it.
      LETTA_API_KEY: e2eSecrets.lettaApiKey,
      LETTA_PROJECT_ID: "",
      ADE_DATA_DIR: adeDataDir,
      // The main ADE runs on Postgres (as a team's would); the extra ADEs of e2e/ade-process.ts on the embedded store.
      ADE_DATABASE_URL: `postgres://postgres@127.0.0.1:${testStack.pgPort}/ade_e2e`,
    },
  },
});
