DROP INDEX `commitments_meeting_idx`;--> statement-breakpoint
CREATE INDEX `commitments_meeting_advice_idx` ON `commitments` (`meeting_id`,`advice_id`);