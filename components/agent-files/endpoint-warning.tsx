import type { EndpointProblem } from "@/lib/agent-files/embedding-endpoints";

/** Says, before uploading, which of the file's embedding endpoints the server does not offer. */
export function EndpointWarning({ problems }: { problems: EndpointProblem[] }) {
  if (problems.length === 0) return null;
  const endpoints = [...new Set(problems.map((problem) => problem.endpoint))];
  return (
    <div role="note" aria-label="Embedding endpoint" className="text-xs text-amber-700 dark:text-amber-400">
      <p>
        The file embeds through {endpoints.join(", ")}, which this server does not offer (
        {problems.map((problem) => problem.where).join(", ")}). Letta would call that endpoint as written, and retry the
        embedding of a folder&apos;s files without end when it cannot be reached, slowing every agent on the server.
      </p>
      <p>The imported agents and folders use the embedding model chosen above, with this server&apos;s settings.</p>
    </div>
  );
}
