// STAND-IN: the graders are the `evalfmt` branch's (lib/evals/graders/, gradeCase). Until that branch is on
// main, this minimal version lets the runner grade end to end; replace the body with a call to gradeCase
// when it lands. No model judge here: a model_judge grader fails with a reason saying so.
import type { CaseTrace, EvalCase, Grade, GraderSpec, ReplyTarget } from "./types";

function replyText(trace: CaseTrace, target: ReplyTarget): string {
  const replies = trace.messages.flatMap((message) => (message.type === "assistant" ? [message.text] : []));
  if (target.from === "all_assistant") return replies.join("\n");
  const last = replies.at(-1) ?? "";
  if (target.from === "last_assistant") return last;
  const at = last.lastIndexOf(target.marker);
  return at < 0 ? "" : last.slice(at + target.marker.length).trim();
}

function matches(text: string, match: "exact" | "contains" | "regex", value: string, caseSensitive: boolean): boolean {
  if (match === "regex") return new RegExp(value, caseSensitive ? "u" : "iu").test(text);
  const [a, b] = caseSensitive ? [text, value] : [text.toLowerCase(), value.toLowerCase()];
  return match === "exact" ? a.trim() === b.trim() : a.includes(b);
}

const cut = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

function verdict(grader: GraderSpec, ok: boolean, reason: string): Grade {
  const score = ok ? 1 : 0;
  return { graderId: grader.id, score, passed: score >= grader.threshold, reason };
}

function gradeOne(grader: GraderSpec, evalCase: EvalCase, trace: CaseTrace): Grade {
  switch (grader.kind) {
    case "reply": {
      const value = grader.value ?? evalCase.expected;
      if (value === undefined)
        return verdict(grader, false, "No value to compare with: the case has no expected answer.");
      const text = replyText(trace, grader.target);
      const ok = matches(text, grader.match, value, grader.caseSensitive);
      return verdict(
        grader,
        ok,
        `The reply "${cut(text)}" ${ok ? "matches" : "does not match"} (${grader.match}) "${cut(value)}".`,
      );
    }
    case "tool_called": {
      const calls = trace.messages.filter((message) => message.type === "tool_call" && message.name === grader.tool);
      const ok = calls.some(
        (call) =>
          call.type === "tool_call" &&
          Object.entries(grader.arguments).every(([name, pattern]) => {
            const value = typeof call.arguments === "string" ? undefined : call.arguments[name];
            return value !== undefined && new RegExp(pattern, "u").test(JSON.stringify(value));
          }),
      );
      return verdict(
        grader,
        ok,
        ok ? `${grader.tool} was called.` : `${grader.tool} was not called with the arguments asked for.`,
      );
    }
    case "tool_output": {
      const outputs = trace.messages.flatMap((message) =>
        message.type === "tool_return" && (!grader.tool || message.name === grader.tool) ? [message.output] : [],
      );
      const ok = outputs.some((output) => matches(output, grader.match, grader.value, grader.caseSensitive));
      return verdict(grader, ok, ok ? "A tool's output matches." : `No tool output matches (${outputs.length} seen).`);
    }
    case "memory": {
      const blocks = grader.afterSleeptime ? trace.blocksAfterSleeptime : trace.blocks;
      if (!blocks) return verdict(grader, false, "The agent has no sleep-time agent, so no block was read after it.");
      const block = blocks[grader.label];
      if (block === undefined) return verdict(grader, false, `The agent has no block "${grader.label}".`);
      const value = grader.value ?? evalCase.expected ?? "";
      const ok = matches(block, grader.match, value, grader.caseSensitive);
      return verdict(
        grader,
        ok,
        `Block ${grader.label} ${ok ? "matches" : "does not match"} (${grader.match}) "${cut(value)}".`,
      );
    }
    case "model_judge":
      return verdict(grader, false, "The model judge is not available in this build yet.");
  }
}

/** One grade per grader of the dataset, in the dataset's order. */
export async function gradeCase(
  graders: readonly GraderSpec[],
  evalCase: EvalCase,
  trace: CaseTrace,
): Promise<Grade[]> {
  return graders.map((grader) => gradeOne(grader, evalCase, trace));
}
