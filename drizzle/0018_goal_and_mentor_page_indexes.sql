DROP INDEX `agenda_items_goal_idx`;--> statement-breakpoint
CREATE INDEX `agenda_items_goal_meeting_idx` ON `agenda_items` (`goal_id`,`meeting_id`);--> statement-breakpoint
CREATE INDEX `agenda_items_mentor_kind_created_idx` ON `agenda_items` (`mentor_id`,`kind`,`created_at`);--> statement-breakpoint
DROP INDEX `commitments_mentor_idx`;--> statement-breakpoint
CREATE INDEX `commitments_mentor_status_due_idx` ON `commitments` (`mentor_id`,`status`,("due_date" is null),`due_date`);--> statement-breakpoint
CREATE INDEX `commitments_goal_due_idx` ON `commitments` (`goal_id`,("due_date" is null),`due_date`);--> statement-breakpoint
DROP INDEX `advice_goal_created_idx`;--> statement-breakpoint
CREATE INDEX `advice_goal_created_idx` ON `advice` (`goal_id`,`created_at`,`meeting_id`);