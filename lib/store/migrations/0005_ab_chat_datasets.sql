-- The A/B chat's saved test messages become datasets, once: one dataset per server and pair of agents that had
-- any (one case per message, in order, tagged ab-chat), picked for that pair; its latest replay moves over too.
-- lib/ab-chat/legacy.ts makes the same datasets from a data folder written before the store.
INSERT INTO "ade_eval_datasets" ("id", "dataset", "updated_at")
SELECT
	'ds-ab-chat-' || md5("server" || '|' || "pair_key"),
	jsonb_build_object(
		'id', 'ds-ab-chat-' || md5("server" || '|' || "pair_key"),
		'name', 'A/B chat: ' || replace("pair_key", '|', ' & '),
		'description', 'The test messages the A/B chat kept for ' || replace("pair_key", '|', ' and ') || ' on ' || "server" || '.',
		'cases', (
			SELECT jsonb_agg(
				jsonb_build_object(
					'id', 'case-' || "message"."position",
					'input', jsonb_build_array("message"."value"->>'text'),
					'tags', jsonb_build_array('ab-chat')
				) ORDER BY "message"."position"
			)
			FROM jsonb_array_elements("data"->'messages') WITH ORDINALITY AS "message"("value", "position")
		),
		'graders', '[]'::jsonb,
		'gate', 1,
		'createdAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
		'updatedAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
	),
	now()
FROM "ade_ab_chat_pairs"
WHERE jsonb_typeof("data"->'messages') = 'array' AND jsonb_array_length("data"->'messages') > 0
ON CONFLICT ("id") DO NOTHING;
--> statement-breakpoint
INSERT INTO "ade_ab_chat_tests" ("server", "pair_key", "dataset_id", "replay")
SELECT
	"server",
	"pair_key",
	CASE
		WHEN jsonb_typeof("data"->'messages') = 'array' AND jsonb_array_length("data"->'messages') > 0
		THEN 'ds-ab-chat-' || md5("server" || '|' || "pair_key")
	END,
	CASE WHEN jsonb_typeof("data"->'replay') = 'object' THEN "data"->'replay' END
FROM "ade_ab_chat_pairs"
ON CONFLICT DO NOTHING;
--> statement-breakpoint
DROP TABLE "ade_ab_chat_pairs" CASCADE;
