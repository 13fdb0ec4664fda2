"use server";

import { runAction } from "@/lib/actions/run-action";
import { copyBlock, copySetting } from "./copy";
import { copyBlockInput, copySettingInput } from "./schema";

/** Copies a setting or the system prompt of one agent to the other (refused when the target changed since read). */
export async function copySettingAction(input: unknown) {
  return runAction(copySettingInput, input, (parsed) => copySetting(parsed));
}

/** Copies a memory block of one agent to the other (refused when the target's block changed since read). */
export async function copyBlockAction(input: unknown) {
  return runAction(copyBlockInput, input, (parsed) => copyBlock(parsed));
}
