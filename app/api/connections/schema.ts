import { z } from "zod";
import { connectionInputSchema } from "@/lib/connections/schema";
import { idSchema } from "@/lib/ids";

export const saveBodySchema = z.object({
  connection: connectionInputSchema,
  /** Save even when the check fails (e.g. the server is down right now). */
  force: z.boolean().optional(),
});

/** Either a form to test (with `id`: blank secret means the stored one) or just `id`: test a saved connection as it is. */
export const checkBodySchema = z
  .object({ connection: connectionInputSchema.optional(), id: idSchema.optional() })
  .refine(
    (body) => body.connection !== undefined || body.id !== undefined,
    "Send a connection to test or the id of a saved one",
  );

export const activeBodySchema = z.object({ id: idSchema });

export const idParamSchema = idSchema;
