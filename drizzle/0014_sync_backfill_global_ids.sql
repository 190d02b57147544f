-- Every synced record gets a global id (sync refers to rows by it; local integer ids stay for the UI).
-- Existing rows are backfilled; new rows get one from a trigger, whatever path inserts them.
-- The search index is rewritten only when a column it shows changes (assigning a global id never touches it).
DROP TRIGGER `search_mentors_update`;
--> statement-breakpoint
CREATE TRIGGER `search_mentors_update` AFTER UPDATE OF `id`, `name`, `role`, `organization`, `helps_with`, `how_we_met`, `notes`, `agreement_focus`, `created_at` ON `mentors` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 1;
  INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) VALUES (NEW.id * 8 + 1, 'mentor', NEW.id, NEW.id, NULL, NEW.created_at, NEW.name, NEW.role || ' ' || NEW.organization || ' ' || NEW.helps_with || ' ' || NEW.how_we_met || ' ' || NEW.notes || ' ' || NEW.agreement_focus);
END;
--> statement-breakpoint
DROP TRIGGER `search_goals_update`;
--> statement-breakpoint
CREATE TRIGGER `search_goals_update` AFTER UPDATE OF `id`, `title`, `why`, `success_criteria`, `target_date`, `created_at` ON `goals` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 2;
  INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) VALUES (NEW.id * 8 + 2, 'goal', NEW.id, NULL, NEW.id, coalesce(NEW.target_date, NEW.created_at), NEW.title, NEW.why || ' ' || NEW.success_criteria);
END;
--> statement-breakpoint
DROP TRIGGER `search_meetings_update`;
--> statement-breakpoint
CREATE TRIGGER `search_meetings_update` AFTER UPDATE OF `id`, `mentor_id`, `scheduled_at`, `location`, `notes` ON `meetings` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 3;
  INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) VALUES (NEW.id * 8 + 3, 'meeting', NEW.id, NEW.mentor_id, NULL, NEW.scheduled_at, 'Meeting on ' || substr(NEW.scheduled_at, 1, 10) || ' ' || NEW.location, NEW.notes);
END;
--> statement-breakpoint
DROP TRIGGER `search_agenda_items_update`;
--> statement-breakpoint
CREATE TRIGGER `search_agenda_items_update` AFTER UPDATE OF `id`, `mentor_id`, `goal_id`, `created_at`, `text` ON `agenda_items` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4;
  INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) VALUES (NEW.id * 8 + 4, 'agenda', NEW.id, NEW.mentor_id, NEW.goal_id, NEW.created_at, NEW.text, '');
END;
--> statement-breakpoint
DROP TRIGGER `search_advice_update`;
--> statement-breakpoint
CREATE TRIGGER `search_advice_update` AFTER UPDATE OF `id`, `mentor_id`, `goal_id`, `created_at`, `text` ON `advice` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 5;
  INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) VALUES (NEW.id * 8 + 5, 'advice', NEW.id, NEW.mentor_id, NEW.goal_id, NEW.created_at, NEW.text, '');
END;
--> statement-breakpoint
DROP TRIGGER `search_commitments_update`;
--> statement-breakpoint
CREATE TRIGGER `search_commitments_update` AFTER UPDATE OF `id`, `mentor_id`, `goal_id`, `due_date`, `created_at`, `title`, `outcome`, `drop_reason` ON `commitments` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 6;
  INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) VALUES (NEW.id * 8 + 6, 'commitment', NEW.id, NEW.mentor_id, NEW.goal_id, coalesce(NEW.due_date, NEW.created_at), NEW.title, NEW.outcome || ' ' || NEW.drop_reason);
END;
--> statement-breakpoint
UPDATE `mentors` SET `gid` = lower(hex(randomblob(16))) WHERE `gid` IS NULL;
--> statement-breakpoint
CREATE TRIGGER `mentors_assign_gid` AFTER INSERT ON `mentors` WHEN NEW.`gid` IS NULL BEGIN
  UPDATE `mentors` SET `gid` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id` AND `gid` IS NULL;
END;
--> statement-breakpoint
UPDATE `goals` SET `gid` = lower(hex(randomblob(16))) WHERE `gid` IS NULL;
--> statement-breakpoint
CREATE TRIGGER `goals_assign_gid` AFTER INSERT ON `goals` WHEN NEW.`gid` IS NULL BEGIN
  UPDATE `goals` SET `gid` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id` AND `gid` IS NULL;
END;
--> statement-breakpoint
UPDATE `meetings` SET `gid` = lower(hex(randomblob(16))) WHERE `gid` IS NULL;
--> statement-breakpoint
CREATE TRIGGER `meetings_assign_gid` AFTER INSERT ON `meetings` WHEN NEW.`gid` IS NULL BEGIN
  UPDATE `meetings` SET `gid` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id` AND `gid` IS NULL;
END;
--> statement-breakpoint
UPDATE `agenda_templates` SET `gid` = lower(hex(randomblob(16))) WHERE `gid` IS NULL;
--> statement-breakpoint
CREATE TRIGGER `agenda_templates_assign_gid` AFTER INSERT ON `agenda_templates` WHEN NEW.`gid` IS NULL BEGIN
  UPDATE `agenda_templates` SET `gid` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id` AND `gid` IS NULL;
END;
--> statement-breakpoint
UPDATE `agenda_items` SET `gid` = lower(hex(randomblob(16))) WHERE `gid` IS NULL;
--> statement-breakpoint
CREATE TRIGGER `agenda_items_assign_gid` AFTER INSERT ON `agenda_items` WHEN NEW.`gid` IS NULL BEGIN
  UPDATE `agenda_items` SET `gid` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id` AND `gid` IS NULL;
END;
--> statement-breakpoint
UPDATE `advice` SET `gid` = lower(hex(randomblob(16))) WHERE `gid` IS NULL;
--> statement-breakpoint
CREATE TRIGGER `advice_assign_gid` AFTER INSERT ON `advice` WHEN NEW.`gid` IS NULL BEGIN
  UPDATE `advice` SET `gid` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id` AND `gid` IS NULL;
END;
--> statement-breakpoint
UPDATE `commitments` SET `gid` = lower(hex(randomblob(16))) WHERE `gid` IS NULL;
--> statement-breakpoint
CREATE TRIGGER `commitments_assign_gid` AFTER INSERT ON `commitments` WHEN NEW.`gid` IS NULL BEGIN
  UPDATE `commitments` SET `gid` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id` AND `gid` IS NULL;
END;
--> statement-breakpoint
UPDATE `interactions` SET `gid` = lower(hex(randomblob(16))) WHERE `gid` IS NULL;
--> statement-breakpoint
CREATE TRIGGER `interactions_assign_gid` AFTER INSERT ON `interactions` WHEN NEW.`gid` IS NULL BEGIN
  UPDATE `interactions` SET `gid` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id` AND `gid` IS NULL;
END;
--> statement-breakpoint
UPDATE `gives` SET `gid` = lower(hex(randomblob(16))) WHERE `gid` IS NULL;
--> statement-breakpoint
CREATE TRIGGER `gives_assign_gid` AFTER INSERT ON `gives` WHEN NEW.`gid` IS NULL BEGIN
  UPDATE `gives` SET `gid` = lower(hex(randomblob(16))) WHERE `id` = NEW.`id` AND `gid` IS NULL;
END;
