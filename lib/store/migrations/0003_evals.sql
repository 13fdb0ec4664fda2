CREATE TABLE "ade_eval_case_results" (
	"experiment_id" text NOT NULL,
	"agent_id" text NOT NULL,
	"case_id" text NOT NULL,
	"position" integer NOT NULL,
	"result" jsonb NOT NULL,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	CONSTRAINT "ade_eval_case_results_experiment_id_agent_id_case_id_pk" PRIMARY KEY("experiment_id","agent_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "ade_eval_datasets" (
	"id" text PRIMARY KEY NOT NULL,
	"dataset" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ade_eval_experiments" (
	"id" text PRIMARY KEY NOT NULL,
	"dataset_id" text NOT NULL,
	"connection_id" text NOT NULL,
	"experiment" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ade_eval_case_results" ADD CONSTRAINT "ade_eval_case_results_experiment_id_ade_eval_experiments_id_fk" FOREIGN KEY ("experiment_id") REFERENCES "public"."ade_eval_experiments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ade_eval_experiments_dataset_idx" ON "ade_eval_experiments" USING btree ("dataset_id");