"use server";

import { runAction } from "@/lib/actions/run-action";
import { setSleeptimeEnabled, setSleeptimeModel } from "@/lib/letta/sleeptime";
import { sleeptimeModelInput, sleeptimeToggleInput } from "./schema";

export async function setSleeptimeEnabledAction(input: unknown) {
  return runAction(sleeptimeToggleInput, input, ({ agentId, enabled }) => setSleeptimeEnabled(agentId, enabled));
}

export async function setSleeptimeModelAction(input: unknown) {
  return runAction(sleeptimeModelInput, input, ({ agentId, model }) => setSleeptimeModel(agentId, model));
}
