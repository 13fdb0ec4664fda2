import type Letta from "@letta-ai/letta-client";
import { toFile } from "@letta-ai/letta-client";
import { expect, type Locator, type Page } from "@playwright/test";

/** A one-page PDF whose text is `text` (Helvetica), written by hand with a correct cross-reference table. */
export function minimalPdf(text: string): Buffer {
  const content = `BT /F1 18 Tf 72 720 Td (${text.replace(/[()\\]/g, "\\$&")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

export const textFile = (name: string, text: string, mimeType = "text/plain") => ({
  name,
  mimeType,
  buffer: Buffer.from(text, "utf8"),
});

/** The /folders page, as a person uses it. */
export class FoldersPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/folders");
    await expect(this.page.getByRole("heading", { name: "Folders", level: 1 })).toBeVisible();
  }

  async create(name: string, description: string, embedding: string) {
    const form = this.page.getByRole("form", { name: "New folder" });
    await form.getByRole("textbox", { name: "Name" }).fill(name);
    await form.getByRole("textbox", { name: "Description" }).fill(description);
    await form.getByRole("combobox", { name: "Embedding model" }).selectOption(embedding);
    await form.getByRole("button", { name: "Create folder" }).click();
    await expect(this.page.getByRole("heading", { name, level: 2 })).toBeVisible();
  }

  select(name: string) {
    return this.page.getByRole("navigation", { name: "Folders" }).getByRole("button", { name: new RegExp(`^${name}`) });
  }

  async upload(files: Array<{ name: string; mimeType: string; buffer: Buffer }>, duplicate?: string) {
    if (duplicate) {
      await this.page
        .getByRole("combobox", { name: "When the folder already has a file of that name" })
        .selectOption({ label: duplicate });
    }
    await this.page.getByLabel("Choose files").setInputFiles(files);
  }

  /** Drops one text file on the drop zone, as a drag from the desktop does. */
  async drop(name: string, text: string) {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: "text/plain" }));
        return transfer;
      },
      { name, text },
    );
    await this.page.getByRole("group", { name: "File drop zone" }).dispatchEvent("drop", { dataTransfer });
  }

  uploadItem(name: string): Locator {
    return this.page
      .getByRole("list", { name: "Uploads" })
      .getByRole("listitem", { name: `Upload of ${name}` })
      .first();
  }

  row(name: string): Locator {
    return this.page.getByRole("table", { name: "Files in the folder" }).getByRole("row", { name, exact: true });
  }

  async openFile(name: string): Promise<Locator> {
    await this.row(name)
      .getByRole("button", { name: `Open ${name}` })
      .click();
    return this.page.getByRole("region", { name: `File ${name}` });
  }
}

/** A folder made through the SDK with files uploaded and processed, for tests about agents. */
export async function folderWithFiles(
  letta: Letta,
  name: string,
  embedding: string,
  files: Array<{ name: string; text: string }>,
) {
  const folder = await letta.folders.create({ name, embedding });
  for (const file of files) {
    await letta.folders.files.upload(folder.id, { file: await toFile(Buffer.from(file.text), file.name) });
  }
  await expect
    .poll(
      async () => {
        const stored = (await letta.folders.files.list(folder.id)).getPaginatedItems();
        return stored.length === files.length && stored.every((file) => file.processing_status === "completed");
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return folder;
}

/** Files in a folder as the server holds them. */
export async function serverFiles(letta: Letta, folderId: string) {
  return (await letta.folders.files.list(folderId, { limit: 1000 })).getPaginatedItems();
}
