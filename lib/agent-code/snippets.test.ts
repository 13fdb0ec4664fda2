import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it, vi } from "vitest";
import { createBody, llmChanges, toolBody } from "./create-body";
import { curlSnippets } from "./curl";
import { sampleSpec } from "./fixture";
import { pyLiteral, shellQuote } from "./literal";
import { pythonSnippets } from "./python";
import { typescriptSnippets } from "./typescript";

type Call = [string, ...unknown[]];

// These tests start python3, bash and the TypeScript compiler: slow on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

/** Runs the TypeScript the ADE shows against a client that records its calls (the e2e runs it against Letta). */
async function runTypescript(code: string): Promise<Call[]> {
  const output = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    reportDiagnostics: true,
  });
  expect(output.diagnostics ?? []).toEqual([]);
  const calls: Call[] = [];
  const record =
    (name: string, answer: unknown = {}) =>
    async (...args: unknown[]) => {
      calls.push([name, ...args]);
      return answer;
    };
  class Letta {
    tools = { upsert: record("tools.upsert") };
    agents = {
      create: record("agents.create", { id: "agent-new", llm_config: { model: "m", temperature: 0.7 } }),
      update: record("agents.update"),
      retrieve: record("agents.retrieve", { managed_group: { id: "group-1" } }),
    };
    patch = record("patch");
    constructor(options: unknown) {
      calls.push(["new Letta", options]);
    }
  }
  const body = output.outputText.replace(/^import Letta from "@letta-ai\/letta-client";$/m, "");
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>;
  await new AsyncFunction("Letta", "process", "console", body)(Letta, { env: {} }, { log: () => {} });
  return calls;
}

describe("TypeScript", () => {
  it("recreates the agent with every value exactly as read, and no key", async () => {
    const { create } = typescriptSnippets(sampleSpec);
    const calls = await runTypescript(create);
    expect(calls).toEqual([
      ["new Letta", { baseURL: "http://localhost:8283", apiKey: undefined }],
      ["tools.upsert", toolBody(sampleSpec.customTools[0]!)],
      ["agents.create", createBody(sampleSpec)],
      ["agents.update", "agent-new", { llm_config: { model: "m", ...llmChanges(sampleSpec) } }],
      ["agents.retrieve", "agent-new", { include: ["agent.managed_group"] }],
      [
        "patch",
        "/v1/groups/group-1",
        { body: { manager_config: { manager_type: "sleeptime", sleeptime_agent_frequency: 3 } } },
      ],
    ]);
  });

  it("names every block, tool, rule and setting in the create call", () => {
    const body = createBody(sampleSpec);
    expect(body).toMatchObject({
      model: "openai-proxy/scripted",
      embedding: "openai/text-embedding-3-small",
      include_base_tools: false,
      tools: ["conversation_search", "memory_insert", "shout"],
      enable_sleeptime: true,
      tags: ["a'b", "team"],
    });
    expect(body.memory_blocks).toEqual([
      {
        label: "notes/today",
        value: "JSON\nJSON\n'JSON'\nEOF",
        limit: 4000,
        description: "Today's notes",
        read_only: true,
      },
      { label: "persona", value: "I am 'me' and \"you\"", read_only: false },
    ]);
    expect(body.tool_rules).toEqual(sampleSpec.toolRules);
  });

  it("streams a message to this agent without retries", async () => {
    const { message } = typescriptSnippets(sampleSpec);
    expect(message).toContain('const agentId = "agent-1234";');
    expect(message).toContain("client.agents.messages.stream(");
    expect(message).toContain("maxRetries: 0");
    const output = ts.transpileModule(message, { reportDiagnostics: true });
    expect(output.diagnostics ?? []).toEqual([]);
  });

  it("leaves out sleep-time and model steps the agent does not need", () => {
    const { create } = typescriptSnippets({
      ...sampleSpec,
      customTools: [],
      sleeptime: { enabled: false, frequency: null },
      llm: { temperature: null, contextWindow: null, maxTokens: null, reasoning: null, reasoningEffort: null },
    });
    expect(create).not.toContain("/v1/groups/");
    expect(create).not.toContain("llm_config");
    expect(create).not.toContain("tools.upsert");
  });

  it("writes the project id when the connection has one", () => {
    expect(typescriptSnippets({ ...sampleSpec, projectId: "proj-1" }).create).toContain('projectID: "proj-1"');
  });
});

function python(args: string[], input: string, env: Record<string, string> = {}): string {
  return execFileSync("python3", args, { input, encoding: "utf8", env: { ...process.env, ...env } });
}

describe("Python", () => {
  it("turns values into Python literals that read back the same", () => {
    const value = { a: [1, 2.5, true, false, null, "x'\"\\\n\u2028é"], "b'": {} };
    expect(
      JSON.parse(python(["-c", "import json,sys; print(json.dumps(eval(sys.stdin.read())))"], pyLiteral(value))),
    ).toEqual(value);
  });

  it("compiles, and calls the SDK with every value exactly as read", () => {
    const { create, message } = pythonSnippets(sampleSpec);
    python(["-c", "import ast,sys; ast.parse(sys.stdin.read())"], message);
    // A stand-in letta_client records the calls the snippet makes.
    const dir = mkdtempSync(join(tmpdir(), "agent-code-py-"));
    writeFileSync(
      join(dir, "letta_client.py"),
      [
        "import json",
        "class _Obj:",
        "    def __init__(self, **kw): self.__dict__.update(kw)",
        "    def model_dump(self, exclude_none=False): return {'model': 'm', 'temperature': 0.7}",
        "class _Rec:",
        "    def __init__(self, name, answer=None): self.name, self.answer = name, answer",
        "    def __call__(self, *args, **kw):",
        "        print(json.dumps([self.name, list(args), kw], default=str))",
        "        return self.answer",
        "class Letta:",
        "    def __init__(self, **kw):",
        "        print(json.dumps(['Letta', [], kw]))",
        "        self.tools = _Obj(upsert=_Rec('tools.upsert'))",
        "        agent = _Obj(id='agent-new', llm_config=_Obj())",
        "        self.agents = _Obj(create=_Rec('agents.create', agent), update=_Rec('agents.update'),",
        "            retrieve=_Rec('agents.retrieve', _Obj(managed_group=_Obj(id='group-1'))))",
        "        self.patch = _Rec('patch')",
      ].join("\n"),
    );
    const lines = python(["-"], create, { PYTHONPATH: dir, LETTA_API_KEY: "" }).trim().split("\n");
    expect(lines.at(-1)).toBe("Created agent agent-new");
    const calls = lines.slice(0, -1).map((line) => JSON.parse(line) as unknown);
    expect(calls).toEqual([
      ["Letta", [], { base_url: "http://localhost:8283", api_key: "" }],
      ["tools.upsert", [], toolBody(sampleSpec.customTools[0]!)],
      ["agents.create", [], createBody(sampleSpec)],
      ["agents.update", ["agent-new"], { llm_config: { model: "m", ...llmChanges(sampleSpec) } }],
      ["agents.retrieve", ["agent-new"], { include: ["agent.managed_group"] }],
      [
        "patch",
        ["/v1/groups/group-1"],
        {
          cast_to: "<class 'object'>",
          body: { manager_config: { manager_type: "sleeptime", sleeptime_agent_frequency: 3 } },
        },
      ],
    ]);
  });
});

describe("curl", () => {
  it("is valid bash that sends each body exactly as read", () => {
    const { create, message } = curlSnippets(sampleSpec);
    execFileSync("bash", ["-n"], { input: create });
    execFileSync("bash", ["-n"], { input: message });
    // Stand-ins for curl and jq print each request body as the shell hands it over.
    const script = [
      'curl() { local data=""; while [ $# -gt 0 ]; do if [ "$1" = "--data" ]; then data="$2"; shift; fi; shift; done;',
      '  if [ "$data" = "@-" ]; then data=$(cat); fi; [ -n "$data" ] && printf "%s\\n" "$data" >>"$BODIES"; printf "%s" \'{"id":"agent-new"}\'; }',
      'jq() { if [ "$1" = "-r" ]; then cat >/dev/null; echo agent-new; else cat >/dev/null; printf "%s" \'{"llm":1}\'; fi; }',
      create,
    ].join("\n");
    const dir = mkdtempSync(join(tmpdir(), "agent-code-sh-"));
    const bodies = join(dir, "bodies");
    const out = execFileSync("bash", ["-c", script], { encoding: "utf8", env: { ...process.env, BODIES: bodies } });
    expect(out.trim().split("\n").at(-1)).toBe("Created agent agent-new");
    const sent = execFileSync("cat", [bodies], { encoding: "utf8" });
    expect(sent).toContain(JSON.stringify(toolBody(sampleSpec.customTools[0]!), null, 2));
    expect(sent).toContain(JSON.stringify(createBody(sampleSpec), null, 2));
    expect(sent).toContain('{"llm":1}');
    expect(sent).toContain('"sleeptime_agent_frequency":3');
  });

  it("quotes shell words so that nothing inside is expanded", () => {
    expect(execFileSync("bash", ["-c", `printf %s ${shellQuote("a'b $(x) `y` \\")}`], { encoding: "utf8" })).toBe(
      "a'b $(x) `y` \\",
    );
  });
});
