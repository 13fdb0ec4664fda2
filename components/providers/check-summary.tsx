import { formatDateTime } from "@/lib/format";
import type { ProviderCheckRecord } from "@/lib/providers/types";

/** The last check of a provider: the server's words and the endpoint it tried. */
export function CheckSummary({ check }: { check: ProviderCheckRecord | undefined }) {
  if (!check)
    return <p className="text-xs">Not checked from the ADE yet: use Check to ask the server why it lists no models.</p>;
  return (
    <div className="space-y-0.5 text-xs" aria-label="Last check">
      <p>
        Last check ({formatDateTime(check.checkedAt)}):{" "}
        <span className={check.ok ? "text-emerald-700 dark:text-emerald-300" : "text-red-700 dark:text-red-300"}>
          {check.ok ? "passed" : "failed"}
        </span>
        {" — "}
        {check.message}
      </p>
      <p>
        Endpoint tried: <span className="font-mono">{check.endpoint}</span>
      </p>
      {check.ok ? (
        <p>
          The server reaches it but lists none of its models: try Refresh models. If a provider offering the same models
          was deleted before, Letta 0.16.8 keeps their openai-proxy/ names reserved: add this one under that
          provider&apos;s name instead.
        </p>
      ) : null}
    </div>
  );
}
