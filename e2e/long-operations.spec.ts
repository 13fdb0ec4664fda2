import type { Page } from "@playwright/test";
import { randomBytes, randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { agentFileSchema } from "../lib/agent-files/schema";

/** Slows the browser's network (Chromium's own throttling), so a loopback transfer takes long enough to watch. */
async function throttle(page: Page, bytesPerSecond: { upload?: number; download?: number }) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    uploadThroughput: bytesPerSecond.upload ?? -1,
    downloadThroughput: bytesPerSecond.download ?? -1,
  });
}

// Random text (no compression shrinks it): a description this long makes a file of about 2 MB.
const padding = randomBytes(1_500_000).toString("base64");

test("an import shows its upload progress and can be cancelled: nothing reaches the server", async ({
  page,
  agent,
  letta,
}) => {
  const file = agentFileSchema.parse(await letta.agents.exportFile(agent.id));
  const first = file.agents[0];
  if (!first) throw new Error("the export holds no agent");
  first.description = padding;
  const name = `e2e-cancelled-import-${randomUUID().slice(0, 8)}`;

  await page.goto("/agents");
  const region = page.getByRole("region", { name: "Import agent file" });
  await region.getByRole("button", { name: "Import agent file" }).click();
  await region
    .getByLabel("Choose agent file")
    .setInputFiles({ name: "big.af", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await region.getByRole("textbox", { name: "Agent name" }).fill(name);
  await throttle(page, { upload: 100 * 1024 });
  await region.getByRole("button", { name: "Import", exact: true }).click();

  await expect(region.getByText(/Uploading… ([1-9]|[1-9]\d)%/)).toBeVisible({ timeout: 30_000 });
  await expect(region.getByRole("progressbar", { name: "Upload progress" })).toBeVisible();
  await region.getByRole("button", { name: "Cancel import" }).click();
  await expect(region.getByRole("status")).toHaveText(
    "The import was cancelled. The upload stopped before the file was complete: nothing was imported.",
  );
  await expect(region.getByRole("button", { name: "Import", exact: true })).toBeEnabled();

  const named = await letta.agents.list({ name, limit: 5 });
  expect(named.getPaginatedItems()).toHaveLength(0);
});

test("a big export shows its download progress and can be cancelled: no file is saved", async ({
  page,
  agent,
  letta,
}) => {
  await letta.agents.update(agent.id, { description: padding });
  let downloads = 0;
  page.on("download", () => (downloads += 1));
  await page.goto(`/agents/${agent.id}`);
  await throttle(page, { download: 100 * 1024 });
  await page.getByRole("button", { name: "Export agent file" }).click();

  await expect(page.getByText(/Downloading… ([1-9]|[1-9]\d)% \(\d+ KB\)/)).toBeVisible({ timeout: 30_000 });
  const progress = page.getByRole("progressbar", { name: "Export progress" });
  await expect
    .poll(() => progress.evaluate((bar) => (bar instanceof HTMLProgressElement ? bar.position : 0)))
    .toBeGreaterThan(0);
  await page.getByRole("button", { name: "Cancel export" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The export was cancelled." })).toHaveText(
    "The export was cancelled. Nothing was saved.",
  );
  await expect(page.getByRole("button", { name: "Export agent file" })).toBeEnabled();
  expect(downloads).toBe(0);
});
