import { notFound } from "next/navigation";
import { idSchema } from "@/lib/ids";

/** An id from a page's URL: a malformed one is a page that does not exist (the not-found page). */
export function idParam(value: unknown): string {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}
