import type { GroupView, ManagerType } from "./types";

/**
 * The manager config fields a person edits in a group's form, and the update built from them: no zod here, so the
 * groups page loads the checks (manager-config.ts) only with the first save.
 */
export interface EditableField {
  key:
    "sleeptimeAgentFrequency" | "maxTurns" | "terminationToken" | "minMessageBufferLength" | "maxMessageBufferLength";
  label: string;
  kind: "number" | "text";
}

/** The config fields a person can edit for a manager type (besides the description). */
export function editableFields(type: ManagerType): EditableField[] {
  switch (type) {
    case "sleeptime":
      return [{ key: "sleeptimeAgentFrequency", label: "Sleep-time frequency (every N turns)", kind: "number" }];
    case "round_robin":
      return [{ key: "maxTurns", label: "Max turns", kind: "number" }];
    case "dynamic":
      return [
        { key: "maxTurns", label: "Max turns", kind: "number" },
        { key: "terminationToken", label: "Termination token", kind: "text" },
      ];
    case "voice_sleeptime":
      return [
        { key: "minMessageBufferLength", label: "Min message buffer", kind: "number" },
        { key: "maxMessageBufferLength", label: "Max message buffer", kind: "number" },
      ];
    default:
      return [];
  }
}

/** Builds an update from the texts typed into a group's form; numbers stay as typed so zod can say what is wrong. */
export function updateFromForm(
  group: Pick<GroupView, "managerType" | "description">,
  values: Record<string, string>,
): unknown {
  const update: Record<string, unknown> = { managerType: group.managerType };
  const desc = values.description;
  if (desc !== undefined && desc !== group.description) update.description = desc;
  for (const field of editableFields(group.managerType)) {
    const raw = values[field.key];
    if (raw === undefined || raw.trim() === "") continue;
    update[field.key] =
      field.kind === "number" ? (/^[+-]?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN) : raw;
  }
  return update;
}
