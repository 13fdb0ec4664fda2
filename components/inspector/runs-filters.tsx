import Form from "next/form";
import { feedbackFilters, runStatuses, stopReasons, type RunListQuery } from "@/lib/inspector/schema";
import { Button } from "@/components/ui/button";

const field = "rounded border border-zinc-300 px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900";

/** The runs page's filters: a GET form, so they stay in the URL. */
export function RunsFilters({ agentId, query }: { agentId: string; query: RunListQuery }) {
  return (
    <Form action={`/agents/${agentId}/runs`} aria-label="Filter runs" className="flex flex-wrap items-end gap-3">
      <label className="flex flex-col text-xs">
        Status
        <select name="status" defaultValue={query.status ?? ""} className={field}>
          <option value="">Any</option>
          {runStatuses.map((status) => (
            <option key={status}>{status}</option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs">
        Stop reason
        <select name="stopReason" defaultValue={query.stopReason ?? ""} className={field}>
          <option value="">Any</option>
          {stopReasons.map((reason) => (
            <option key={reason}>{reason}</option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs">
        Feedback
        <select name="feedback" defaultValue={query.feedback ?? ""} className={field}>
          <option value="">Any or none</option>
          {feedbackFilters.map((feedback) => (
            <option key={feedback} value={feedback}>
              {feedback === "any" ? "some feedback" : feedback}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs">
        Tag
        <input name="tag" defaultValue={query.tag ?? ""} className={field} />
      </label>
      <label className="flex flex-col text-xs">
        From
        <input type="date" name="from" defaultValue={query.from?.slice(0, 10) ?? ""} className={field} />
      </label>
      <label className="flex flex-col text-xs">
        To
        <input type="date" name="to" defaultValue={query.to?.slice(0, 10) ?? ""} className={field} />
      </label>
      <Button variant="primary" type="submit">
        Apply filters
      </Button>
    </Form>
  );
}
