-- Alerts and outbox warnings written in the same millisecond keep their insertion order through
-- `seq` on both engines (SQLite's implicit rowid, which the lists were ordered by, does not exist
-- in PostgreSQL). SQLite: seq is the row's rowid, copied by a trigger on insert (0 until then);
-- PostgreSQL: an identity column. Code never writes seq, it only orders by it.
ALTER TABLE alerts ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE alerts SET seq = rowid;
CREATE TRIGGER alerts_seq AFTER INSERT ON alerts FOR EACH ROW WHEN NEW.seq = 0
BEGIN UPDATE alerts SET seq = NEW.rowid WHERE rowid = NEW.rowid; END;

ALTER TABLE outbox ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE outbox SET seq = rowid;
CREATE TRIGGER outbox_seq AFTER INSERT ON outbox FOR EACH ROW WHEN NEW.seq = 0
BEGIN UPDATE outbox SET seq = NEW.rowid WHERE rowid = NEW.rowid; END;
