CREATE TABLE "ade_ab_chat_pairs" (
	"server" text NOT NULL,
	"pair_key" text NOT NULL,
	"data" jsonb NOT NULL,
	CONSTRAINT "ade_ab_chat_pairs_server_pair_key_pk" PRIMARY KEY("server","pair_key")
);
--> statement-breakpoint
CREATE TABLE "ade_archived_conversations" (
	"server" text NOT NULL,
	"conversation_id" text NOT NULL,
	"archived_at" text NOT NULL,
	CONSTRAINT "ade_archived_conversations_server_conversation_id_pk" PRIMARY KEY("server","conversation_id")
);
--> statement-breakpoint
CREATE TABLE "ade_connections" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"base_url" text NOT NULL,
	"secret" text,
	"project_id" text,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ade_block_edits" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"connection_id" text NOT NULL,
	"block_id" text NOT NULL,
	"label" text NOT NULL,
	"at" text NOT NULL,
	"characters" integer NOT NULL,
	"overwrote_server_change" boolean NOT NULL,
	"kind" text NOT NULL,
	"before" text,
	"after" text
);
--> statement-breakpoint
CREATE TABLE "ade_block_snapshots" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"connection_key" text NOT NULL,
	"block_id" text NOT NULL,
	"value" text NOT NULL,
	"first_seen" text NOT NULL,
	"last_seen" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ade_provider_checks" (
	"server" text NOT NULL,
	"provider_id" text NOT NULL,
	"ok" boolean NOT NULL,
	"message" text NOT NULL,
	"endpoint" text NOT NULL,
	"checked_at" text NOT NULL,
	CONSTRAINT "ade_provider_checks_server_provider_id_pk" PRIMARY KEY("server","provider_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "ade_block_edits_once" ON "ade_block_edits" USING btree ("connection_id","block_id","at","kind");--> statement-breakpoint
CREATE INDEX "ade_block_snapshots_block" ON "ade_block_snapshots" USING btree ("connection_key","block_id","id");