import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import type { CaseResult, Dataset, Experiment } from "@/lib/evals/types";

/** The evals' datasets, each kept whole (cases and graders) as the contract's JSON. */
export const evalDatasets = pgTable("ade_eval_datasets", {
  id: text("id").primaryKey(),
  dataset: jsonb("dataset").$type<Dataset>().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/** Experiments: the dataset as it was when each started, its agents, the connection they live on. */
export const evalExperiments = pgTable(
  "ade_eval_experiments",
  {
    id: text("id").primaryKey(),
    datasetId: text("dataset_id").notNull(),
    connectionId: text("connection_id").notNull(),
    experiment: jsonb("experiment").$type<Experiment>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [index("ade_eval_experiments_dataset_idx").on(table.datasetId)],
);

/** One row per agent and case of an experiment; a runner claims a case with a lease (owner, until). */
export const evalCaseResults = pgTable(
  "ade_eval_case_results",
  {
    experimentId: text("experiment_id")
      .notNull()
      .references(() => evalExperiments.id, { onDelete: "cascade" }),
    agentId: text("agent_id").notNull(),
    caseId: text("case_id").notNull(),
    position: integer("position").notNull(),
    result: jsonb("result").$type<CaseResult>().notNull(),
    leaseOwner: text("lease_owner"),
    leaseUntil: timestamp("lease_until", { withTimezone: true, mode: "date" }),
  },
  (table) => [primaryKey({ columns: [table.experimentId, table.agentId, table.caseId] })],
);
