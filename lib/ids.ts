import { z } from "zod";

/** The one id schema: a Letta id such as `agent-…`, `block-…`, `conv-…`, `group-…`, or a saved connection's id. */
export const idSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, "Not a valid id");

/**
 * A server action's input: the ids it acts on (each an `idSchema`) beside the change itself, which is
 * the form's own schema (an object, a union or a refined object alike).
 */
export function withIds<Key extends string, Change extends z.ZodType>(keys: readonly Key[], change: Change) {
  const ids = z.object(Object.fromEntries(keys.map((key) => [key, idSchema])) as Record<Key, typeof idSchema>);
  return z.intersection(ids, change);
}

/** The input of an action that needs only ids. */
export function idsOnly<Key extends string>(...keys: Key[]) {
  return z.object(Object.fromEntries(keys.map((key) => [key, idSchema])) as Record<Key, typeof idSchema>);
}
