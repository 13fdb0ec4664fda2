import { z } from "zod";
import { idSchema as id } from "@/lib/ids";

/** What Letta does when a folder already holds a file of the same name (its `duplicate_handling`). */
export const duplicateHandlings = ["suffix", "replace", "skip", "error"] as const;
export type DuplicateHandling = (typeof duplicateHandlings)[number];

export const duplicateHandlingLabels: Record<DuplicateHandling, string> = {
  suffix: "Keep both (add a number to the new name)",
  replace: "Replace the existing file",
  skip: "Skip the new file",
  error: "Refuse the upload",
};

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .optional()
    .transform((value) => value || undefined);

const folderNameSchema = z
  .string()
  .trim()
  .min(1, "Give the folder a name.")
  .max(100, "At most 100 characters.")
  .regex(/^[^/\\]+$/, "A folder name cannot contain / or \\ (agents see files as folder/file).");

export const createFolderSchema = z.object({
  name: folderNameSchema,
  description: optionalText(2_000),
  instructions: optionalText(10_000),
  embedding: z.string().trim().min(1, "Choose an embedding model.").max(300),
});
export type CreateFolderValues = z.output<typeof createFolderSchema>;

export const updateFolderSchema = z.object({
  folderId: id,
  name: folderNameSchema,
  description: z.string().trim().max(2_000, "At most 2000 characters."),
  instructions: z.string().trim().max(10_000, "At most 10000 characters."),
});
export const folderIdSchema = z.object({ folderId: id });
export const folderFileSchema = z.object({ folderId: id, fileId: id });
export const agentFolderSchema = z.object({ agentId: id, folderId: id });
export const agentFileSchema = z.object({ agentId: id, fileId: id });
export const agentIdSchema = z.object({ agentId: id });

/** The upload route's query string; the body is the file itself. */
export const uploadQuerySchema = z.object({
  fileName: z.string().trim().min(1, "The file has no name.").max(255, "The file name is longer than 255 characters."),
  duplicate: z.enum(duplicateHandlings).default("suffix"),
});
