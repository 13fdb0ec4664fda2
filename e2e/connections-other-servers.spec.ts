import type { Page } from "@playwright/test";
import { expect, saveConnection, test, uniqueName } from "./connection-fixtures";
import { appServerStandIn, oldLettaStandIn, plainWebServer, type StandIn } from "./other-servers";

const standIns: StandIn[] = [];
test.afterEach(async () => {
  await Promise.all(standIns.splice(0).map((standIn) => standIn.close()));
});

async function started(standIn: Promise<StandIn>): Promise<StandIn> {
  const running = await standIn;
  standIns.push(running);
  return running;
}

/** Saves a connection to `url`, tests it on the Connections page and returns its list item. */
async function testSaved(page: Page, label: string, url: string) {
  const connection = await saveConnection({ name: uniqueName(label), baseUrl: url });
  await page.goto("/connections");
  const item = page.getByRole("listitem", { name: connection.name });
  await item.getByRole("button", { name: `Test ${connection.name}` }).click();
  return { connection, alert: item.getByRole("alert") };
}

test("a plain web server is named as such, with its page title, instead of a generic failure", async ({ page }) => {
  const web = await started(plainWebServer("Intranet home"));
  const { alert } = await testSaved(page, "web", web.url);
  await expect(alert).toContainText(
    `${web.url} is a web server that serves HTML pages ("Intranet home"), not Letta's API`,
  );
  await expect(alert).toContainText("The ADE needs a server with Letta's V1 API");
});

test("Letta Code's app server is recognised, and the header says so when it is the active connection", async ({
  page,
}) => {
  const appServer = await started(appServerStandIn());
  const { connection, alert } = await testSaved(page, "app-server", appServer.url);
  await expect(alert).toContainText(
    `${appServer.url} is Letta Code's app server (protocol version 1), not a Letta V1 API server`,
  );
  await expect(alert).toContainText("has no /v1/agents");
  await expect(alert).toContainText("pip install letta==0.16.8");

  await page.getByRole("banner").getByRole("combobox", { name: "Connection" }).selectOption({ label: connection.name });
  const server = page.getByRole("region", { name: "Letta server" });
  await expect(server.getByRole("status")).toHaveText("Unsupported server");
  await expect(server).toContainText("Letta Code's app server");
});

test("a Letta older than 0.16 is refused with its version and what the ADE needs", async ({ page }) => {
  const oldLetta = await started(oldLettaStandIn("0.15.1"));
  const { alert } = await testSaved(page, "old-letta", oldLetta.url);
  await expect(alert).toContainText("This server runs Letta 0.15.1, older than 0.16");
  await expect(alert).toContainText("Upgrade the server to Letta 0.16.8");
  await expect(alert).toContainText("Server version: Letta 0.15.1");
});
