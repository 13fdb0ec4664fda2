import { z } from "zod";

/** All files of one import together: under Next.js' 1 MB limit for a server action's body. */
export const MAX_IMPORT_BYTES = 900_000;

const suiteFileSchema = z.object({
  name: z.string().trim().min(1, "A file needs a name").max(500),
  text: z.string().max(MAX_IMPORT_BYTES, "The file is too large to import here"),
});

export const suiteImportInputSchema = z
  .object({
    suite: suiteFileSchema,
    dataset: suiteFileSchema.nullable(),
    files: z.array(suiteFileSchema).max(50, "Choose at most 50 rubric files"),
  })
  .refine(
    (input) =>
      [input.suite, input.dataset, ...input.files].reduce((sum, file) => sum + (file?.text.length ?? 0), 0) <=
      MAX_IMPORT_BYTES,
    { message: "The files are too large to import together (about 900 KB at most)." },
  );
