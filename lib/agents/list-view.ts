// The agents list's view without zod, for the browser; lib/agents/list-query.ts parses it from the URL.

export const agentSortFields = [
  { value: "created_at", label: "Created" },
  { value: "updated_at", label: "Last updated" },
  { value: "last_run_completion", label: "Last run" },
] as const;

export type AgentSortField = (typeof agentSortFields)[number]["value"];

/** The list view as the URL holds it: `?q=…&tag=a&tag=b&all=1&sort=updated_at&order=asc&byName=1`. */
export interface AgentListQuery {
  q?: string | undefined;
  tag: string[];
  all?: "1" | undefined;
  sort: AgentSortField;
  order: "asc" | "desc";
  /** Sorts the rows already loaded by name: the server cannot sort by name. */
  byName?: "asc" | "desc" | undefined;
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
