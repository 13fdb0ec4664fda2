CREATE TABLE "ade_login_failures" (
	"client" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"last" bigint NOT NULL
);
