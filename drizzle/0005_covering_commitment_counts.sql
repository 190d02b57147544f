DROP INDEX `commitments_status_due_idx`;--> statement-breakpoint
CREATE INDEX `commitments_status_due_snoozed_idx` ON `commitments` (`status`,`due_date`,`snoozed_until`);--> statement-breakpoint
CREATE INDEX `commitments_status_reported_idx` ON `commitments` (`status`,`reported_back_at`);