CREATE TABLE `note_conflicts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_gid` text NOT NULL,
	`other_notes` text NOT NULL,
	`other_ts` text NOT NULL,
	`other_device_id` text NOT NULL,
	`created_at` text NOT NULL,
	`resolved_at` text
);
--> statement-breakpoint
CREATE TABLE `sync_outbox` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ts` text NOT NULL,
	`table_name` text NOT NULL,
	`row_key` text NOT NULL,
	`op` text NOT NULL,
	`values_json` text DEFAULT '{}' NOT NULL,
	`changed` text DEFAULT '' NOT NULL,
	`base_ts` text
);
--> statement-breakpoint
CREATE TABLE `sync_peers` (
	`device_id` text PRIMARY KEY NOT NULL,
	`device_name` text DEFAULT '' NOT NULL,
	`applied_seq` integer DEFAULT 0 NOT NULL,
	`last_seen_at` text,
	`app_version` text DEFAULT '' NOT NULL,
	`removed_at` text
);
--> statement-breakpoint
CREATE TABLE `sync_rows` (
	`table_name` text NOT NULL,
	`row_key` text NOT NULL,
	`column_ts_json` text DEFAULT '{}' NOT NULL,
	`deleted_ts` text,
	PRIMARY KEY(`table_name`, `row_key`)
);
--> statement-breakpoint
CREATE TABLE `sync_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`device_id` text NOT NULL,
	`device_name` text DEFAULT '' NOT NULL,
	`capturing` integer DEFAULT 0 NOT NULL,
	`paused` integer DEFAULT false NOT NULL,
	`target_json` text,
	`flushed_seq` integer DEFAULT 0 NOT NULL,
	`written_seq` integer DEFAULT 0 NOT NULL,
	`clock` text,
	`last_sync_at` text,
	`last_error` text,
	`triggers_version` text,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `advice` ADD `gid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `advice_gid_idx` ON `advice` (`gid`);--> statement-breakpoint
ALTER TABLE `agenda_items` ADD `gid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `agenda_items_gid_idx` ON `agenda_items` (`gid`);--> statement-breakpoint
ALTER TABLE `agenda_templates` ADD `gid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `agenda_templates_gid_idx` ON `agenda_templates` (`gid`);--> statement-breakpoint
ALTER TABLE `commitments` ADD `gid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `commitments_gid_idx` ON `commitments` (`gid`);--> statement-breakpoint
ALTER TABLE `gives` ADD `gid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `gives_gid_idx` ON `gives` (`gid`);--> statement-breakpoint
ALTER TABLE `goals` ADD `gid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `goals_gid_idx` ON `goals` (`gid`);--> statement-breakpoint
ALTER TABLE `interactions` ADD `gid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `interactions_gid_idx` ON `interactions` (`gid`);--> statement-breakpoint
ALTER TABLE `meetings` ADD `gid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_gid_idx` ON `meetings` (`gid`);--> statement-breakpoint
ALTER TABLE `mentors` ADD `gid` text;--> statement-breakpoint
CREATE UNIQUE INDEX `mentors_gid_idx` ON `mentors` (`gid`);