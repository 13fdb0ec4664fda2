// The data folder's files as the releases before the store wrote them (version 1), read for the one-time import.
import { z } from "zod";
import { legacyPairSchema } from "@/lib/ab-chat/schema";
import { connectionKinds } from "@/lib/connections/types";

export const connectionsFile = z.object({
  version: z.literal(1),
  connections: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string(),
      kind: z.enum(connectionKinds),
      baseUrl: z.string(),
      secret: z.string().nullable(),
      projectId: z.string().nullable(),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
  ),
});

export const archiveFile = z.object({
  version: z.literal(1),
  servers: z.record(z.string(), z.record(z.string(), z.string())),
});

export const providerChecksFile = z.object({
  version: z.literal(1),
  servers: z.record(
    z.string(),
    z.record(
      z.string(),
      z.object({ ok: z.boolean(), message: z.string(), endpoint: z.string(), checkedAt: z.string() }),
    ),
  ),
});

export const abChatFile = z.object({
  version: z.literal(1),
  servers: z.record(z.string(), z.record(z.string(), legacyPairSchema)),
});

export const snapshotFile = z.object({
  blockId: z.string(),
  snapshots: z.array(z.object({ value: z.string(), firstSeen: z.string(), lastSeen: z.string() })),
});

export const editLine = z.object({
  connectionId: z.string(),
  blockId: z.string(),
  label: z.string(),
  at: z.string(),
  characters: z.number(),
  overwroteServerChange: z.boolean(),
  kind: z.enum(["save", "create"]).default("save"),
  before: z.string().nullable().default(null),
  after: z.string().nullable().default(null),
});
