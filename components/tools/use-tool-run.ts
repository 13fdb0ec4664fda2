"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { parseRunArgs } from "@/lib/tools/run-args";
import type { ToolRunResult } from "@/lib/tools/types";

/** The JSON arguments of a tool run and the run itself; invalid JSON is shown and never sent. */
export function useToolRun(runTool: (args: Record<string, unknown>) => Promise<ToolRunResult>) {
  const [argsText, setArgsText] = useState("{}");
  const [argsError, setArgsError] = useState<string | null>(null);
  const run = useMutation({ mutationFn: runTool });
  const submit = () => {
    const parsed = parseRunArgs(argsText);
    if ("error" in parsed) return setArgsError(parsed.error);
    setArgsError(null);
    run.mutate(parsed.args);
  };
  return { argsText, setArgsText, argsError, run, submit };
}
