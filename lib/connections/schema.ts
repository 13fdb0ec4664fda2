import { z } from "zod";
import { idSchema, idsOnly, withIds } from "@/lib/ids";

/**
 * A Letta server URL the ADE's server will fetch: http or https only, no credentials, query or fragment
 * in it (passwords go in their own field, where they are stored as secrets and never shown again).
 */
const serverUrlSchema = z
  .string()
  .trim()
  .min(1, "Enter the server's URL, e.g. http://localhost:8283")
  .pipe(z.url({ protocol: /^https?$/, message: "Enter an http:// or https:// URL, e.g. http://localhost:8283" }))
  .superRefine((value, context) => {
    const url = new URL(value);
    if (url.username || url.password) {
      context.addIssue({
        code: "custom",
        message: "Leave credentials out of the URL: put the password in the password field",
      });
    }
    if (url.search || url.hash) {
      context.addIssue({ code: "custom", message: "The URL cannot carry a query (?…) or fragment (#…)" });
    }
  })
  .transform((value) => {
    const url = new URL(value);
    return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  });

const nameSchema = z.string().trim().min(1, "Give the connection a name").max(80, "Keep the name under 80 characters");
const secretSchema = z.string().max(2_000, "That is too long for a password or API key").optional();
const projectIdSchema = z.string().trim().max(200, "That project id is too long").optional();

const clearSecretSchema = z.boolean().optional();

/** What the connection form sends. An empty secret on edit keeps the stored one unless clearSecret is set. */
export const connectionInputSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("self-hosted"),
    name: nameSchema,
    baseUrl: serverUrlSchema,
    secret: secretSchema,
    clearSecret: clearSecretSchema,
  }),
  z.object({
    kind: z.literal("cloud"),
    name: nameSchema,
    secret: secretSchema,
    projectId: projectIdSchema,
    clearSecret: clearSecretSchema,
  }),
]);

export type ConnectionInput = z.infer<typeof connectionInputSchema>;
export type ConnectionFormValues = z.input<typeof connectionInputSchema>;

export const saveConnectionSchema = z.object({
  connection: connectionInputSchema,
  /** Save even when the check fails (e.g. the server is down right now). */
  force: z.boolean().optional(),
});
export const updateConnectionInput = withIds(["id"], saveConnectionSchema);

/** Either a form to test (with `id`: blank secret means the stored one) or just `id`: test a saved connection as it is. */
export const checkConnectionInput = z
  .object({ connection: connectionInputSchema.optional(), id: idSchema.optional() })
  .refine(
    (body) => body.connection !== undefined || body.id !== undefined,
    "Send a connection to test or the id of a saved one",
  );

export const connectionIdInput = idsOnly("id");
