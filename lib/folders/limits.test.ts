import { describe, expect, it } from "vitest";
import { extensionOf, fileProblem, MAX_FOLDER_FILE_BYTES } from "./limits";

describe("fileProblem", () => {
  it("accepts the types Letta reads, within the limit", () => {
    for (const name of ["a.md", "b.TXT", "c.json", "d.csv", "e.html", "f.pdf", "g.py"]) {
      expect(fileProblem(name, 10)).toBeNull();
    }
    expect(fileProblem("a.md", MAX_FOLDER_FILE_BYTES)).toBeNull();
  });

  it("refuses empty files, files over the limit and types Letta does not read, saying why", () => {
    expect(fileProblem("a.md", 0)).toMatch(/a\.md is empty/);
    expect(fileProblem("a.md", MAX_FOLDER_FILE_BYTES + 1)).toMatch(/at most 10\.0 MB/);
    expect(fileProblem("photo.png", 10)).toMatch(/\.png files are not supported/);
    expect(fileProblem("report.docx", 10)).toMatch(/does not read Word documents/);
    expect(fileProblem("Makefile", 10)).toMatch(/without an extension/);
  });

  it("reads the extension case-insensitively, ignoring a leading dot", () => {
    expect(extensionOf("Notes.MD")).toBe(".md");
    expect(extensionOf(".env")).toBe("");
  });
});
