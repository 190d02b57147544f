CREATE TABLE `calendar_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`series_id` integer NOT NULL,
	`original_start` text DEFAULT '' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`starts_at` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`location` text DEFAULT '' NOT NULL,
	`cancelled` integer DEFAULT false NOT NULL,
	`removed_at` text,
	`meeting_id` integer,
	`meeting_made_at` text,
	`interaction_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`series_id`) REFERENCES `calendar_series`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`interaction_id`) REFERENCES `interactions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_events_series_start_idx` ON `calendar_events` (`series_id`,`original_start`);--> statement-breakpoint
CREATE INDEX `calendar_events_meeting_idx` ON `calendar_events` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `calendar_series` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`uid` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`mentor_id` integer,
	`matched_by` text,
	`decision` text DEFAULT 'pending' NOT NULL,
	`decided_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `calendar_sources`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentor_id`) REFERENCES `mentors`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_series_source_uid_idx` ON `calendar_series` (`source_id`,`uid`);--> statement-breakpoint
CREATE INDEX `calendar_series_decision_idx` ON `calendar_series` (`decision`);--> statement-breakpoint
CREATE TABLE `calendar_sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`url` text DEFAULT '' NOT NULL,
	`username` text DEFAULT '' NOT NULL,
	`password_encrypted` text,
	`last_refreshed_at` text,
	`last_error` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
