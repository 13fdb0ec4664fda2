"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { parseRequest, requestSections } from "@/lib/inspector/request";
import { JsonView } from "./json-view";
import { previewQuery } from "@/lib/inspector/queries";
import { RequestView } from "./request-view";
import { Button } from "@/components/ui/button";

/**
 * The request the model would receive now (Letta builds it without sending anything), with a token
 * estimate per section: what fills the context window, before a message is sent.
 */
export function RequestPreview({ agentId }: { agentId: string }) {
  const [draft, setDraft] = useState("Hello");
  const [message, setMessage] = useState<string | null>(null);
  const [json, setJson] = useState(false);
  const query = useQuery({ ...previewQuery(agentId, message ?? ""), enabled: message !== null });
  const parsed = useMemo(() => (query.data ? parseRequest(query.data.request) : null), [query.data]);
  const sections = useMemo(() => (parsed ? requestSections(parsed) : []), [parsed]);
  const total = sections.reduce((sum, section) => sum + section.tokens, 0);
  return (
    <section aria-label="Next request preview" className="space-y-2">
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (message === draft) void query.refetch();
          else setMessage(draft);
        }}
      >
        <label className="flex grow flex-col text-xs">
          Message to preview with
          <input
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            className="rounded border border-zinc-300 px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900"
          />
        </label>
        <Button variant="primary" type="submit">
          Preview the next request
        </Button>
      </form>
      <p className="text-xs text-zinc-500">Nothing is sent to the model; the agent&apos;s history does not change.</p>
      {query.isFetching ? <p className="text-xs text-zinc-500">Building the request…</p> : null}
      {query.error ? (
        <p role="alert" className="text-xs text-red-700">
          {query.error.message}
        </p>
      ) : null}
      {parsed ? (
        <>
          <table aria-label="Token estimate per section" className="w-full text-xs">
            <tbody>
              {sections.map((section) => (
                <tr key={section.id}>
                  <td>{section.title}</td>
                  <td className="text-right">≈{section.tokens.toLocaleString()}</td>
                </tr>
              ))}
              <tr className="border-t font-semibold">
                <td>Total (estimate: about 4 characters a token)</td>
                <td className="text-right">≈{total.toLocaleString()}</td>
              </tr>
            </tbody>
          </table>
          <Button variant="secondary" size="sm" aria-pressed={json} onClick={() => setJson((value) => !value)}>
            JSON
          </Button>
          {json ? (
            <JsonView value={query.data?.request} label="JSON of the next request" />
          ) : (
            <RequestView request={parsed} label="Next request" />
          )}
        </>
      ) : null}
    </section>
  );
}
