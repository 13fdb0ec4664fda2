// The model_judge grader against the real test stack, without a browser: a temporary judge agent on Letta 0.16.8,
// the scripted model's verdict (scripts/model-server/judge.ts), and no judge agent left behind.
import Letta from "@letta-ai/letta-client";
import { expect, test } from "@playwright/test";
import { gradeCase } from "../lib/evals/graders";
import { graderSpecSchema, type CaseTrace, type EvalCase } from "../lib/evals/types";
import { createLettaJudge } from "../lib/letta/eval-judge";
import { lettaBaseUrl, scriptedModel, testStack } from "./test-stack";

/** Letta's answers to agent creations and deletions, seen by the SDK's fetch. */
const agentCalls: { method: string; path: string; status: number; id?: string }[] = [];
const letta = new Letta({
  baseURL: lettaBaseUrl,
  apiKey: null,
  maxRetries: 0,
  fetch: async (url, init) => {
    const response = await fetch(url, init);
    const path = new URL(String(url)).pathname;
    const method = init?.method ?? "GET";
    if ((method === "POST" && path === "/v1/agents/") || (method === "DELETE" && path.startsWith("/v1/agents/"))) {
      const body = method === "POST" && response.ok ? ((await response.clone().json()) as { id?: string }) : {};
      agentCalls.push({ method, path, status: response.status, ...(body.id ? { id: body.id } : {}) });
    }
    return response;
  },
});

/** The agents judged with since `from`: each created, then deleted (Letta answered the deletion with 2xx). */
function judgeAgentsSince(from: number) {
  const calls = agentCalls.slice(from);
  return calls
    .filter((call) => call.method === "POST")
    .map((call) => ({
      id: call.id,
      deleted: calls.some(
        (other) => other.method === "DELETE" && other.path === `/v1/agents/${call.id}` && other.status < 300,
      ),
    }));
}

const evalCase: EvalCase = { id: "capital", input: ["What is the capital of France?"], expected: "Paris", tags: [] };
const trace: CaseTrace = {
  messages: [{ type: "assistant", text: "The capital of France is Paris." }],
  blocks: {},
  blocksAfterSleeptime: null,
};

function judgeGrader(rubric: string, extra: Record<string, unknown> = {}) {
  return graderSpecSchema.parse({ id: "judge", name: "Judge", kind: "model_judge", rubric, threshold: 0.5, ...extra });
}

type Served = {
  data: Array<{
    scenario: string;
    body: { model?: string; messages?: Array<{ content?: unknown }>; tools?: unknown[] };
  }>;
};

async function servedJudgePrompts(): Promise<Served["data"]> {
  const served = (await (await fetch(`http://127.0.0.1:${testStack.modelPort}/debug/requests`)).json()) as Served;
  return served.data.filter((request) => request.scenario === "judge");
}

test("a rubric is judged by a temporary agent on the scripted model, which is deleted afterwards", async () => {
  const before = (await servedJudgePrompts()).length;
  const calls = agentCalls.length;
  const judge = createLettaJudge(letta, { defaultModel: scriptedModel });

  const result = await gradeCase([judgeGrader("Names `Paris` and `Berlin`.")], evalCase, trace, judge);

  expect(result.grades).toEqual([
    {
      graderId: "judge",
      score: 0.5,
      passed: true,
      reason:
        'Judge: 0.50. Scripted judge: 1 of 2 rubric keywords in the response (found: "Paris"; missing: "Berlin").',
    },
  ]);
  expect(result).toMatchObject({ score: 0.5, passed: true, errored: false });

  // The verdict came from the model through Letta: the model server saw the judge prompt, rubric and response.
  const prompts = await servedJudgePrompts();
  expect(prompts.length).toBe(before + 1);
  const sent = JSON.stringify(prompts.at(-1)?.body.messages);
  expect(sent).toContain("Names `Paris` and `Berlin`.");
  expect(sent).toContain("The capital of France is Paris.");
  expect(sent).toContain("You are an evaluation judge.");
  expect(prompts.at(-1)?.body.tools ?? []).toEqual([]);

  // One judge agent, created then deleted: Letta no longer has it.
  const judges = judgeAgentsSince(calls);
  expect(judges).toEqual([{ id: expect.stringMatching(/^agent-/), deleted: true }]);
  await expect(letta.agents.retrieve(judges[0]?.id ?? "missing")).rejects.toMatchObject({ status: 404 });
});

test("a malformed verdict is an errored grade with the answer, and the judge is still deleted", async () => {
  const calls = agentCalls.length;
  const judge = createLettaJudge(letta, { defaultModel: scriptedModel });

  const result = await gradeCase([judgeGrader("#judge-malformed")], evalCase, trace, judge);

  expect(result.grades[0]).toMatchObject({
    score: 0,
    passed: false,
    errored: true,
    reason: 'The judge did not answer JSON: "The response looks fine to me.".',
  });
  expect(result).toMatchObject({ passed: false, errored: true });
  expect(judgeAgentsSince(calls)).toEqual([{ id: expect.stringMatching(/^agent-/), deleted: true }]);
});

test("a model the server does not offer is an errored grade with Letta's reason", async () => {
  const judge = createLettaJudge(letta, { defaultModel: scriptedModel });

  const result = await gradeCase([judgeGrader("r", { model: "openai-proxy/no-such-model" })], evalCase, trace, judge);

  expect(result.grades[0]).toMatchObject({ errored: true, passed: false });
  expect(result.grades[0]?.reason).toMatch(/^The judge failed: .+/);
  expect(result.grades[0]?.reason).toContain("no-such-model");
});
