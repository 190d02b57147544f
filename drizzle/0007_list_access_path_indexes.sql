CREATE INDEX `commitments_status_mentor_idx` ON `commitments` (`status`,`mentor_id`);--> statement-breakpoint
CREATE INDEX `meetings_mentor_status_scheduled_idx` ON `meetings` (`mentor_id`,`status`,`scheduled_at`);--> statement-breakpoint
CREATE INDEX `meetings_scheduled_idx` ON `meetings` (`scheduled_at`);