CREATE TABLE "ade_ab_chat_tests" (
	"server" text NOT NULL,
	"pair_key" text NOT NULL,
	"dataset_id" text,
	"replay" jsonb,
	CONSTRAINT "ade_ab_chat_tests_server_pair_key_pk" PRIMARY KEY("server","pair_key")
);
