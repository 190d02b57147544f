DROP INDEX `advice_goal_idx`;--> statement-breakpoint
CREATE INDEX `advice_created_idx` ON `advice` (`created_at`);--> statement-breakpoint
CREATE INDEX `advice_goal_created_idx` ON `advice` (`goal_id`,`created_at`);