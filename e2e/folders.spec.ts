import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { folderWithFiles, FoldersPage, minimalPdf, serverFiles, textFile } from "./folders-support";
import { lightAgent } from "./agents-support";
import { scriptedEmbedding } from "./test-stack";
import { ChatPane } from "./pages/chat-pane";

// Letta parses and embeds every upload in the background; a cold stack takes a while for the first one.
test.describe.configure({ timeout: 180_000 });
const processing = { timeout: 45_000 };

const GUIDE = "# Field guide\n\nThe zebra crossing is on Main Street.\nApples grow in the north orchard.\n";

test("a folder is made, markdown, text and PDF files are processed into passages, and bad files are refused", async ({
  page,
  letta,
}) => {
  const name = `e2e-docs-${randomUUID().slice(0, 8)}`;
  const folders = new FoldersPage(page);
  await folders.goto();
  await folders.create(name, "Documents for the e2e test", scriptedEmbedding);
  const created = (await letta.folders.list({ name })).getPaginatedItems();
  expect(created).toHaveLength(1);
  const folderId = created[0]?.id ?? "";
  expect(created[0]?.description).toBe("Documents for the e2e test");
  expect(created[0]?.embedding_config.handle).toBe(scriptedEmbedding);

  try {
    await folders.upload([
      textFile("guide.md", GUIDE, "text/markdown"),
      { name: "manual.pdf", mimeType: "application/pdf", buffer: minimalPdf("Pelicans nest on the quiet island.") },
    ]);
    await folders.drop("notes.txt", "Meeting notes: the budget is approved.\n");
    for (const file of ["guide.md", "notes.txt", "manual.pdf"]) {
      await expect(folders.uploadItem(file)).toContainText("Completed", processing);
      await expect(folders.uploadItem(file)).toContainText("Processed: 1 passage");
      await expect(folders.row(file)).toContainText("Completed");
    }
    const stored = await serverFiles(letta, folderId);
    expect(stored.map((file) => [file.original_file_name, file.processing_status]).sort()).toEqual([
      ["guide.md", "completed"],
      ["manual.pdf", "completed"],
      ["notes.txt", "completed"],
    ]);
    await expect(folders.row("manual.pdf")).toContainText("application/pdf");

    // The PDF was parsed (its text, not its PDF syntax, is what was embedded).
    const pdf = await folders.openFile("manual.pdf");
    await expect(pdf.getByRole("list", { name: "Passages" })).toContainText("Pelicans nest on the quiet island.");
    await expect(pdf.getByLabel("File text")).not.toContainText("endobj");
    const guide = await folders.openFile("guide.md");
    await expect(guide.getByLabel("File text")).toContainText("The zebra crossing is on Main Street.");
    await expect(guide.getByRole("list", { name: "Passages" })).toContainText("zebra crossing");

    // Bad files never reach Letta, each with its reason.
    await folders.upload([
      textFile("empty.txt", ""),
      { name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
      { name: "report.docx", mimeType: "application/octet-stream", buffer: Buffer.from("PK not really") },
      { name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(10 * 1024 * 1024 + 1, "a") },
    ]);
    await expect(folders.uploadItem("empty.txt")).toContainText("empty.txt is empty");
    await expect(folders.uploadItem("photo.png")).toContainText(".png files are not supported");
    await expect(folders.uploadItem("report.docx")).toContainText("does not read Word documents");
    await expect(folders.uploadItem("huge.txt")).toContainText("files can be at most 10.0 MB");
    for (const file of ["empty.txt", "photo.png", "report.docx", "huge.txt"]) {
      await expect(folders.uploadItem(file)).toContainText("Refused");
    }
    // The upload route checks the same, for anything that skips the browser.
    const direct = await page.request.post(`/api/folders/${folderId}/upload?fileName=empty.md`, { data: "" });
    expect(direct.status()).toBe(400);
    expect((await direct.json()) as unknown).toMatchObject({ error: { message: expect.stringContaining("is empty") } });

    // A file Letta fails to process (the scripted embedding server refuses it) is reported and removed again.
    await folders.upload([textFile("broken.txt", "This one cannot be embedded: #embedding-error\n")]);
    await expect(folders.uploadItem("broken.txt")).toContainText("Failed", processing);
    await expect(folders.uploadItem("broken.txt")).toContainText("Scripted embedding failure");
    await expect(folders.uploadItem("broken.txt")).toContainText("The file was removed from the folder.");

    // Duplicate names: skipped, or refused, as chosen.
    await folders.upload([textFile("notes.txt", "A second version.\n")], "Skip the new file");
    await expect(folders.uploadItem("notes.txt")).toContainText("Skipped");
    await folders.upload([textFile("notes.txt", "A third version.\n")], "Refuse the upload");
    await expect(folders.uploadItem("notes.txt")).toContainText("already exists");

    const guideId = stored.find((file) => file.original_file_name === "guide.md")?.id;
    await folders.upload(
      [textFile("guide.md", `${GUIDE}A new last line.\n`, "text/markdown")],
      "Replace the existing file",
    );
    await expect(folders.uploadItem("guide.md")).toContainText("Completed", processing);
    const replaced = (await serverFiles(letta, folderId)).filter((file) => file.original_file_name === "guide.md");
    expect(replaced).toHaveLength(1);
    expect(replaced[0]?.id).not.toBe(guideId);

    await expect.poll(async () => (await serverFiles(letta, folderId)).length).toBe(3);
    await expect(page.getByText("3 files", { exact: true })).toBeVisible();
    expect((await serverFiles(letta, folderId)).find((file) => file.original_file_name === "notes.txt")?.id).toBe(
      stored.find((file) => file.original_file_name === "notes.txt")?.id,
    );

    // Rename and describe the folder.
    const renamed = `${name}-renamed`;
    await page.getByText("Rename or edit the folder").click();
    const settings = page.getByRole("form", { name: "Folder settings" });
    await settings.getByRole("textbox", { name: "Folder name" }).fill(renamed);
    await settings.getByRole("textbox", { name: "Folder instructions" }).fill("Read the guide first.");
    await settings.getByRole("button", { name: "Save folder" }).click();
    await expect(page.getByRole("heading", { name: renamed, level: 2 })).toBeVisible();
    await expect
      .poll(async () => {
        const folder = await letta.folders.retrieve(folderId);
        return [folder.name, folder.instructions];
      })
      .toEqual([renamed, "Read the guide first."]);

    // Delete a file, then the folder.
    await folders.row("notes.txt").getByRole("button", { name: "Delete notes.txt" }).click();
    await page.getByRole("button", { name: "Delete file" }).click();
    await expect(folders.row("notes.txt")).toHaveCount(0);
    await expect
      .poll(async () => (await serverFiles(letta, folderId)).map((file) => file.original_file_name).sort())
      .toEqual(["guide.md", "manual.pdf"]);
    await page.getByRole("button", { name: "Delete folder" }).click();
    const dialog = page.getByRole("alertdialog", { name: `Delete ${renamed}?` });
    await expect(dialog).toContainText("It is not attached to any agent.");
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(folders.select(renamed)).toHaveCount(0);
    await expect.poll(async () => (await letta.folders.list({ name: renamed })).getPaginatedItems().length).toBe(0);
    await expect(letta.folders.retrieve(folderId)).rejects.toMatchObject({ status: 404 });
  } finally {
    await letta.folders.delete(folderId).catch(() => undefined);
  }
});

async function sendMessage(page: Page, text: string) {
  await new ChatPane(page).send(text);
}

test("a folder attached to an agent: grep in a turn, open files in the context window, close, detach, delete", async ({
  page,
  letta,
  agent,
}) => {
  const name = `e2e-kb-${randomUUID().slice(0, 8)}`;
  const folder = await folderWithFiles(letta, name, scriptedEmbedding, [{ name: "guide.md", text: GUIDE }]);
  // A second agent keeps the folder attached, so that deleting the folder has an agent to name.
  const other = await letta.agents.create(
    lightAgent(`e2e-kb-reader-${randomUUID().slice(0, 8)}`, { embedding: scriptedEmbedding }),
  );
  await letta.agents.folders.attach(folder.id, { agent_id: other.id });
  const fileName = `${name}/guide.md`;
  const agentFiles = async () => (await letta.agents.files.list(agent.id)).getPaginatedItems();
  try {
    await page.goto(`/agents/${agent.id}`);
    await page.getByRole("tab", { name: "Files", exact: true }).click();
    const panel = page.getByRole("tabpanel", { name: "Files" });
    await expect(panel).toContainText("No folder attached.");
    await panel.getByRole("combobox", { name: "Folder to attach" }).selectOption({ label: name });
    await panel.getByRole("button", { name: "Attach folder" }).click();
    await expect(panel.getByRole("link", { name })).toBeVisible();
    await expect
      .poll(async () => (await letta.agents.folders.list(agent.id)).getPaginatedItems().map((f) => f.id))
      .toEqual([folder.id]);
    const withTools = await letta.agents.retrieve(agent.id, { include: ["agent.tools"] });
    expect(withTools.tools.map((tool) => tool.name)).toEqual(
      expect.arrayContaining(["open_files", "grep_files", "semantic_search_files"]),
    );

    // Letta opens the files of a folder it attaches; close them all to watch the agent open one.
    const file = panel.getByRole("listitem", { name: fileName });
    await expect(file).toContainText("Open ·");
    await panel.getByRole("button", { name: "Close all" }).click();
    await expect(file).toContainText("Closed");
    await expect.poll(async () => (await agentFiles()).map((f) => f.is_open)).toEqual([false]);

    // The file tools show on the Tools tab as Letta's own.
    await page.getByRole("tab", { name: "Tools", exact: true }).click();
    const tools = page.getByRole("tabpanel", { name: "Tools" });
    for (const tool of ["grep_files", "open_files", "semantic_search_files"]) {
      await expect(tools.getByRole("listitem", { name: `Tool ${tool}` })).toContainText("Letta base");
    }

    const conversation = new ChatPane(page).log;
    await sendMessage(page, "#grep zebra");
    await expect(conversation.getByRole("article", { name: "Tool call grep_files" })).toContainText(
      '"pattern": "zebra"',
    );
    await expect(conversation.getByRole("group", { name: "Tool result" }).last()).toContainText(
      "The zebra crossing is on Main Street.",
      processing,
    );
    await sendMessage(page, `#open ${fileName}`);
    await expect(conversation.getByRole("article", { name: "Tool call open_files" })).toContainText(fileName);
    await expect(conversation.getByRole("article", { name: "Agent reply" }).last()).toContainText(
      "Done: open_files returned",
      processing,
    );
    await expect.poll(async () => (await agentFiles()).map((f) => f.is_open)).toEqual([true]);

    await page.getByRole("tab", { name: "Files", exact: true }).click();
    await expect(file).toContainText("Open ·", processing);
    await expect(panel.getByLabel("Open files summary")).toContainText("1 open of at most");

    await page.getByRole("tab", { name: "Context window", exact: true }).click();
    await expect(page.getByRole("list", { name: "Open files in the context" })).toContainText(fileName);

    await page.getByRole("tab", { name: "Files", exact: true }).click();
    await file.getByRole("button", { name: `Close ${fileName}` }).click();
    await expect(file).toContainText("Closed");
    await expect.poll(async () => (await agentFiles()).map((f) => f.is_open)).toEqual([false]);
    await file.getByRole("button", { name: `Open ${fileName}` }).click();
    await expect(file).toContainText("Open ·");
    await expect.poll(async () => (await agentFiles()).map((f) => f.is_open)).toEqual([true]);

    await panel.getByRole("button", { name: `Detach ${name}` }).click();
    await expect(panel).toContainText("No folder attached.");
    await expect.poll(async () => (await letta.agents.folders.list(agent.id)).getPaginatedItems().length).toBe(0);
    await expect.poll(async () => (await agentFiles()).length).toBe(0);
    const withoutTools = await letta.agents.retrieve(agent.id, { include: ["agent.tools"] });
    expect(withoutTools.tools.map((tool) => tool.name)).not.toContain("grep_files");

    // Letta 0.16.8 cannot attach a detached folder again: the ADE undoes the half-made attach and says why.
    await panel.getByRole("combobox", { name: "Folder to attach" }).selectOption({ label: name });
    await panel.getByRole("button", { name: "Attach folder" }).click();
    await expect(panel.getByRole("alert")).toContainText("cannot attach a folder again");
    await expect.poll(async () => (await letta.agents.folders.list(agent.id)).getPaginatedItems().length).toBe(0);
    await expect(panel).toContainText("No folder attached.");

    // Deleting a folder names the agents it is attached to.
    const folders = new FoldersPage(page);
    await folders.goto();
    await folders.select(name).click();
    await page.getByRole("button", { name: "Delete folder" }).click();
    const dialog = page.getByRole("alertdialog", { name: `Delete ${name}?` });
    const named = dialog.getByRole("list", { name: "Agents the folder is attached to" });
    await expect(named).toContainText(other.name);
    await expect(named).not.toContainText(agent.name);
    await dialog.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(folders.select(name)).toHaveCount(0);
    await expect.poll(async () => (await letta.folders.list({ name })).getPaginatedItems().length).toBe(0);
    await expect.poll(async () => (await letta.agents.folders.list(other.id)).getPaginatedItems().length).toBe(0);
  } finally {
    await letta.folders.delete(folder.id).catch(() => undefined);
    await letta.agents.delete(other.id).catch(() => undefined);
  }
});
