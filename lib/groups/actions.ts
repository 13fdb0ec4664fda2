"use server";

import { runAction } from "@/lib/actions/run-action";
import { updateGroup } from "@/lib/letta/groups";
import { updateGroupInput } from "./schema";

/** A group's manager settings (the sleep-time frequency among them). */
export async function updateGroupAction(input: unknown) {
  return runAction(updateGroupInput, input, ({ groupId, ...update }) => updateGroup(groupId, update));
}
