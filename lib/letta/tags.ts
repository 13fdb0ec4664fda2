import "server-only";
import { withLetta } from "./client";

const TAG_LIMIT = 200;

/** Tags in use on the server, by name (the first TAG_LIMIT). */
export async function listTags(): Promise<string[]> {
  return withLetta((client) => client.tags.list({ limit: TAG_LIMIT, order: "asc", order_by: "name" }));
}
