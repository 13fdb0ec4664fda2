import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { clientImportsOfServerModules } from "./client-imports";

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "client-imports-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe("client files and server-only modules", () => {
  it("no client file of the ADE reaches a server-only module, not even for a type", () => {
    expect(clientImportsOfServerModules(projectRoot, ["app", "components", "lib"])).toEqual([]);
  });

  it("finds a type import through a shared module, and stops at server actions", () => {
    const root = project({
      "lib/letta/agents.ts": 'import "server-only";\nexport interface Agent { id: string }\n',
      "lib/agents/view.ts": 'import type { Agent } from "@/lib/letta/agents";\nexport type View = Agent;\n',
      "lib/agents/actions.ts":
        '"use server";\nimport { type Agent } from "../letta/agents";\nexport async function a() {}\n',
      "lib/store.ts": 'import "server-only";\nexport const x = 1;\n',
      "components/a.tsx":
        '"use client";\nimport type { View } from "@/lib/agents/view";\nimport { a } from "@/lib/agents/actions";\n',
      "components/b.tsx": '// a note\n"use client";\nconst store = import("../lib/store");\n',
      "components/server.tsx": 'import { x } from "@/lib/store";\n',
    });
    expect(clientImportsOfServerModules(root, ["components", "lib"])).toEqual([
      ["components/a.tsx", "lib/agents/view.ts", "lib/letta/agents.ts"],
      ["components/b.tsx", "lib/store.ts"],
    ]);
  });
});
