-- Full-text search over what the user wrote, kept in sync by triggers (the store maintains it itself).
-- rowid = source id * 8 + kind code, so an edit or delete touches exactly one index row.
CREATE VIRTUAL TABLE `search_index` USING fts5(
  `kind` UNINDEXED, `ref_id` UNINDEXED, `mentor_id` UNINDEXED, `goal_id` UNINDEXED, `at` UNINDEXED,
  `title`, `body`,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `search_mentors_insert` AFTER INSERT ON `mentors` BEGIN
  INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) VALUES (NEW.id * 8 + 1, 'mentor', NEW.id, NEW.id, NULL, NEW.created_at, NEW.name, NEW.role || ' ' || NEW.organization || ' ' || NEW.helps_with || ' ' || NEW.how_we_met || ' ' || NEW.notes || ' ' || NEW.agreement_focus);
END;
--> statement-breakpoint
CREATE TRIGGER `search_mentors_update` AFTER UPDATE ON `mentors` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 1;
  INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) VALUES (NEW.id * 8 + 1, 'mentor', NEW.id, NEW.id, NULL, NEW.created_at, NEW.name, NEW.role || ' ' || NEW.organization || ' ' || NEW.helps_with || ' ' || NEW.how_we_met || ' ' || NEW.notes || ' ' || NEW.agreement_focus);
END;
--> statement-breakpoint
CREATE TRIGGER `search_mentors_delete` AFTER DELETE ON `mentors` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 1;
END;
--> statement-breakpoint
INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) SELECT id * 8 + 1, 'mentor', id, id, NULL, created_at, name, role || ' ' || organization || ' ' || helps_with || ' ' || how_we_met || ' ' || notes || ' ' || agreement_focus FROM `mentors`;
--> statement-breakpoint
CREATE TRIGGER `search_goals_insert` AFTER INSERT ON `goals` BEGIN
  INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) VALUES (NEW.id * 8 + 2, 'goal', NEW.id, NULL, NEW.id, coalesce(NEW.target_date, NEW.created_at), NEW.title, NEW.why || ' ' || NEW.success_criteria);
END;
--> statement-breakpoint
CREATE TRIGGER `search_goals_update` AFTER UPDATE ON `goals` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 2;
  INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) VALUES (NEW.id * 8 + 2, 'goal', NEW.id, NULL, NEW.id, coalesce(NEW.target_date, NEW.created_at), NEW.title, NEW.why || ' ' || NEW.success_criteria);
END;
--> statement-breakpoint
CREATE TRIGGER `search_goals_delete` AFTER DELETE ON `goals` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 2;
END;
--> statement-breakpoint
INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) SELECT id * 8 + 2, 'goal', id, NULL, id, coalesce(target_date, created_at), title, why || ' ' || success_criteria FROM `goals`;
--> statement-breakpoint
CREATE TRIGGER `search_meetings_insert` AFTER INSERT ON `meetings` BEGIN
  INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) VALUES (NEW.id * 8 + 3, 'meeting', NEW.id, NEW.mentor_id, NULL, NEW.scheduled_at, 'Meeting on ' || substr(NEW.scheduled_at, 1, 10) || ' ' || NEW.location, NEW.notes);
END;
--> statement-breakpoint
CREATE TRIGGER `search_meetings_update` AFTER UPDATE ON `meetings` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 3;
  INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) VALUES (NEW.id * 8 + 3, 'meeting', NEW.id, NEW.mentor_id, NULL, NEW.scheduled_at, 'Meeting on ' || substr(NEW.scheduled_at, 1, 10) || ' ' || NEW.location, NEW.notes);
END;
--> statement-breakpoint
CREATE TRIGGER `search_meetings_delete` AFTER DELETE ON `meetings` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 3;
END;
--> statement-breakpoint
INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) SELECT id * 8 + 3, 'meeting', id, mentor_id, NULL, scheduled_at, 'Meeting on ' || substr(scheduled_at, 1, 10) || ' ' || location, notes FROM `meetings`;
--> statement-breakpoint
CREATE TRIGGER `search_agenda_items_insert` AFTER INSERT ON `agenda_items` BEGIN
  INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) VALUES (NEW.id * 8 + 4, 'agenda', NEW.id, NEW.mentor_id, NEW.goal_id, NEW.created_at, NEW.text, '');
END;
--> statement-breakpoint
CREATE TRIGGER `search_agenda_items_update` AFTER UPDATE ON `agenda_items` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4;
  INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) VALUES (NEW.id * 8 + 4, 'agenda', NEW.id, NEW.mentor_id, NEW.goal_id, NEW.created_at, NEW.text, '');
END;
--> statement-breakpoint
CREATE TRIGGER `search_agenda_items_delete` AFTER DELETE ON `agenda_items` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4;
END;
--> statement-breakpoint
INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) SELECT id * 8 + 4, 'agenda', id, mentor_id, goal_id, created_at, text, '' FROM `agenda_items`;
--> statement-breakpoint
CREATE TRIGGER `search_advice_insert` AFTER INSERT ON `advice` BEGIN
  INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) VALUES (NEW.id * 8 + 5, 'advice', NEW.id, NEW.mentor_id, NEW.goal_id, NEW.created_at, NEW.text, '');
END;
--> statement-breakpoint
CREATE TRIGGER `search_advice_update` AFTER UPDATE ON `advice` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 5;
  INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) VALUES (NEW.id * 8 + 5, 'advice', NEW.id, NEW.mentor_id, NEW.goal_id, NEW.created_at, NEW.text, '');
END;
--> statement-breakpoint
CREATE TRIGGER `search_advice_delete` AFTER DELETE ON `advice` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 5;
END;
--> statement-breakpoint
INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) SELECT id * 8 + 5, 'advice', id, mentor_id, goal_id, created_at, text, '' FROM `advice`;
--> statement-breakpoint
CREATE TRIGGER `search_commitments_insert` AFTER INSERT ON `commitments` BEGIN
  INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) VALUES (NEW.id * 8 + 6, 'commitment', NEW.id, NEW.mentor_id, NEW.goal_id, coalesce(NEW.due_date, NEW.created_at), NEW.title, NEW.outcome || ' ' || NEW.drop_reason);
END;
--> statement-breakpoint
CREATE TRIGGER `search_commitments_update` AFTER UPDATE ON `commitments` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 6;
  INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) VALUES (NEW.id * 8 + 6, 'commitment', NEW.id, NEW.mentor_id, NEW.goal_id, coalesce(NEW.due_date, NEW.created_at), NEW.title, NEW.outcome || ' ' || NEW.drop_reason);
END;
--> statement-breakpoint
CREATE TRIGGER `search_commitments_delete` AFTER DELETE ON `commitments` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 6;
END;
--> statement-breakpoint
INSERT INTO search_index(rowid, kind, ref_id, mentor_id, goal_id, at, title, body) SELECT id * 8 + 6, 'commitment', id, mentor_id, goal_id, coalesce(due_date, created_at), title, outcome || ' ' || drop_reason FROM `commitments`;
