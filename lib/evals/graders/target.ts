import type { CaseTrace, ReplyTarget } from "@/lib/evals/types";
import { quote } from "./text-match";

/** The text a reply or judge grader reads, with how to name it in a reason; or why there is none. */
export type TargetText = { ok: true; text: string; name: string } | { ok: false; reason: string };

export function targetText(trace: CaseTrace, target: ReplyTarget): TargetText {
  const replies = trace.messages.flatMap((message) => (message.type === "assistant" ? [message.text] : []));
  const last = replies.at(-1);
  switch (target.from) {
    case "last_assistant":
      return last === undefined
        ? { ok: false, reason: "The agent sent no reply." }
        : { ok: true, text: last, name: "the last reply" };
    case "all_assistant":
      return replies.length === 0
        ? { ok: false, reason: "The agent sent no reply." }
        : { ok: true, text: replies.join("\n"), name: `the text of all ${replies.length} replies` };
    case "after_marker": {
      if (last === undefined) return { ok: false, reason: "The agent sent no reply." };
      const at = last.lastIndexOf(target.marker);
      if (at < 0) return { ok: false, reason: `The last reply has no marker ${quote(target.marker)}.` };
      return {
        ok: true,
        text: last.slice(at + target.marker.length).trim(),
        name: `the text after ${quote(target.marker)}`,
      };
    }
  }
}
