ALTER TABLE `sync_rows` ADD `parked_json` text;--> statement-breakpoint
CREATE INDEX `sync_rows_parked_idx` ON `sync_rows` (`table_name`) WHERE "sync_rows"."parked_json" IS NOT NULL;