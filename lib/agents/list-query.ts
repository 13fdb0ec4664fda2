import { z } from "zod";
import { agentSortFields, type AgentListQuery, type AgentSortField } from "./list-view";

export { isFiltered, listQueryString, type AgentListQuery } from "./list-view";

const sortValues = agentSortFields.map((field) => field.value) as [AgentSortField, ...AgentSortField[]];

const oneOf = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (Array.isArray(value) ? value[0] : value === "" ? undefined : value), schema);

/** The list view as the URL holds it (see `AgentListQuery`). */
export const agentListQuerySchema = z.object({
  q: oneOf(z.string().trim().max(200).optional()),
  tag: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.string().trim().min(1).max(100)).max(20),
  ),
  all: oneOf(z.enum(["1"]).optional()),
  sort: oneOf(z.enum(sortValues).default("created_at")),
  order: oneOf(z.enum(["asc", "desc"]).default("desc")),
  byName: oneOf(z.enum(["asc", "desc"]).optional()),
});

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
