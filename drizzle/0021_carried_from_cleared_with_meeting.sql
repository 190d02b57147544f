-- "Carried over from" names a meeting without a foreign key (SQLite cannot add one to an existing table).
-- Clear it when that meeting is deleted, as a foreign key with ON DELETE SET NULL would: otherwise it keeps
-- a number a later meeting may reuse, and sync sees a different link on the device that deleted it.
CREATE TRIGGER `agenda_items_carried_from_meeting_gone` AFTER DELETE ON `meetings` BEGIN
  UPDATE `agenda_items` SET `carried_from_meeting_id` = NULL WHERE `carried_from_meeting_id` = OLD.`id`;
END;
