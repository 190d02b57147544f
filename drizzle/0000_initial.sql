CREATE TABLE `advice` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer,
	`mentor_id` integer NOT NULL,
	`goal_id` integer,
	`text` text NOT NULL,
	`verdict` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentor_id`) REFERENCES `mentors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `advice_meeting_idx` ON `advice` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `advice_mentor_idx` ON `advice` (`mentor_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `advice_goal_idx` ON `advice` (`goal_id`);--> statement-breakpoint
CREATE TABLE `agenda_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mentor_id` integer NOT NULL,
	`meeting_id` integer,
	`goal_id` integer,
	`kind` text DEFAULT 'question' NOT NULL,
	`text` text NOT NULL,
	`minutes` integer DEFAULT 5 NOT NULL,
	`priority` text DEFAULT 'normal' NOT NULL,
	`position` real DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`mentor_id`) REFERENCES `mentors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `agenda_items_meeting_idx` ON `agenda_items` (`meeting_id`,`position`);--> statement-breakpoint
CREATE INDEX `agenda_items_mentor_backlog_idx` ON `agenda_items` (`mentor_id`,`meeting_id`,`position`);--> statement-breakpoint
CREATE TABLE `agenda_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`items_json` text DEFAULT '[]' NOT NULL,
	`built_in` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `commitments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`advice_id` integer,
	`meeting_id` integer,
	`mentor_id` integer,
	`goal_id` integer,
	`owner` text DEFAULT 'me' NOT NULL,
	`title` text NOT NULL,
	`due_date` text,
	`status` text DEFAULT 'open' NOT NULL,
	`outcome` text DEFAULT '' NOT NULL,
	`drop_reason` text DEFAULT '' NOT NULL,
	`completed_at` text,
	`dropped_at` text,
	`reported_back_at` text,
	`snoozed_until` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`advice_id`) REFERENCES `advice`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`mentor_id`) REFERENCES `mentors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `commitments_status_due_idx` ON `commitments` (`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `commitments_mentor_idx` ON `commitments` (`mentor_id`,`status`);--> statement-breakpoint
CREATE INDEX `commitments_goal_idx` ON `commitments` (`goal_id`,`status`);--> statement-breakpoint
CREATE INDEX `commitments_advice_idx` ON `commitments` (`advice_id`);--> statement-breakpoint
CREATE INDEX `commitments_meeting_idx` ON `commitments` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `gives` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mentor_id` integer NOT NULL,
	`description` text NOT NULL,
	`given_on` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`mentor_id`) REFERENCES `mentors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `gives_mentor_idx` ON `gives` (`mentor_id`,`given_on`);--> statement-breakpoint
CREATE TABLE `goal_mentors` (
	`goal_id` integer NOT NULL,
	`mentor_id` integer NOT NULL,
	`can_help_with` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`goal_id`, `mentor_id`),
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentor_id`) REFERENCES `mentors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `goal_mentors_mentor_idx` ON `goal_mentors` (`mentor_id`);--> statement-breakpoint
CREATE TABLE `goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`why` text DEFAULT '' NOT NULL,
	`success_criteria` text DEFAULT '' NOT NULL,
	`target_date` text,
	`status` text DEFAULT 'active' NOT NULL,
	`achieved_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `goals_status_target_idx` ON `goals` (`status`,`target_date`);--> statement-breakpoint
CREATE TABLE `interactions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mentor_id` integer NOT NULL,
	`kind` text DEFAULT 'message' NOT NULL,
	`occurred_at` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`mentor_id`) REFERENCES `mentors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `interactions_mentor_idx` ON `interactions` (`mentor_id`,`occurred_at`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mentor_id` integer NOT NULL,
	`scheduled_at` text NOT NULL,
	`duration_minutes` integer DEFAULT 30 NOT NULL,
	`location` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`repeat_every_days` integer,
	`held_at` text,
	`cancelled_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`mentor_id`) REFERENCES `mentors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meetings_mentor_scheduled_idx` ON `meetings` (`mentor_id`,`scheduled_at`);--> statement-breakpoint
CREATE INDEX `meetings_status_scheduled_idx` ON `meetings` (`status`,`scheduled_at`);--> statement-breakpoint
CREATE TABLE `mentors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`organization` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`type` text DEFAULT 'career' NOT NULL,
	`helps_with` text DEFAULT '' NOT NULL,
	`how_we_met` text DEFAULT '' NOT NULL,
	`keep_in_touch_cadence_days` integer DEFAULT 30 NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`agreement_meeting_frequency` text DEFAULT '' NOT NULL,
	`agreement_session_length` text DEFAULT '' NOT NULL,
	`agreement_focus` text DEFAULT '' NOT NULL,
	`agreement_confidentiality` text DEFAULT '' NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `mentors_name_idx` ON `mentors` (`name`);--> statement-breakpoint
CREATE INDEX `mentors_archived_idx` ON `mentors` (`archived_at`);--> statement-breakpoint
CREATE TABLE `reminder_log` (
	`reminder_key` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`fired_at` text NOT NULL,
	`dismissed_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `reminder_log_fired_idx` ON `reminder_log` (`fired_at`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value_json` text NOT NULL,
	`updated_at` text NOT NULL
);
