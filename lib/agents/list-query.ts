import { z } from "zod";

export const agentSortFields = [
  { value: "created_at", label: "Created" },
  { value: "updated_at", label: "Last updated" },
  { value: "last_run_completion", label: "Last run" },
] as const;

export type AgentSortField = (typeof agentSortFields)[number]["value"];
const sortValues = agentSortFields.map((field) => field.value) as [AgentSortField, ...AgentSortField[]];

const oneOf = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (Array.isArray(value) ? value[0] : value === "" ? undefined : value), schema);

/** The list view as the URL holds it: `?q=…&tag=a&tag=b&all=1&sort=updated_at&order=asc&byName=1`. */
export const agentListQuerySchema = z.object({
  q: oneOf(z.string().trim().max(200).optional()),
  tag: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.string().trim().min(1).max(100)).max(20),
  ),
  all: oneOf(z.enum(["1"]).optional()),
  sort: oneOf(z.enum(sortValues).default("created_at")),
  order: oneOf(z.enum(["asc", "desc"]).default("desc")),
  /** Sorts the rows already loaded by name: the server cannot sort by name. */
  byName: oneOf(z.enum(["asc", "desc"]).optional()),
});

export type AgentListQuery = z.output<typeof agentListQuerySchema>;

export const defaultListQuery: AgentListQuery = agentListQuerySchema.parse({});

/** A Next `searchParams` object or URLSearchParams, as a record with repeated keys as arrays. */
export function searchParamsRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return record;
}

/** Parses the URL's view; anything invalid falls back to the default for that field. */
export function parseListQuery(record: Record<string, string | string[] | undefined>): AgentListQuery {
  const result = agentListQuerySchema.safeParse(record);
  if (result.success) return result.data;
  const fallback: Record<string, unknown> = { ...record };
  for (const issue of result.error.issues) {
    const key = issue.path[0];
    if (typeof key === "string") delete fallback[key];
  }
  return agentListQuerySchema.safeParse(fallback).data ?? defaultListQuery;
}

/** The URL query string of a view, leaving out defaults so links stay short. */
export function listQueryString(query: AgentListQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const tag of query.tag) params.append("tag", tag);
  if (query.all && query.tag.length > 1) params.set("all", "1");
  if (query.sort !== "created_at") params.set("sort", query.sort);
  if (query.order !== "desc") params.set("order", query.order);
  if (query.byName) params.set("byName", query.byName);
  return params.toString();
}

export function isFiltered(query: AgentListQuery): boolean {
  return Boolean(query.q) || query.tag.length > 0;
}
