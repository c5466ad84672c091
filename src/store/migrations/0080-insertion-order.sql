-- Rows written in the same millisecond keep their insertion order through `seq`, on both engines
-- (SQLite's implicit rowid does not exist in PostgreSQL): the outbox delivers oldest first, a
-- guardian sees warnings in the order they happened, the review queue imports feedback in order.
-- SQLite: seq is the row's rowid, copied by a trigger on insert (0 until then); PostgreSQL: an
-- identity column. Code never writes seq, it only orders by it.
ALTER TABLE deliveries ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE deliveries SET seq = rowid;
CREATE TRIGGER deliveries_seq AFTER INSERT ON deliveries FOR EACH ROW WHEN NEW.seq = 0
BEGIN UPDATE deliveries SET seq = NEW.rowid WHERE rowid = NEW.rowid; END;

ALTER TABLE feedback ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE feedback SET seq = rowid;
CREATE TRIGGER feedback_seq AFTER INSERT ON feedback FOR EACH ROW WHEN NEW.seq = 0
BEGIN UPDATE feedback SET seq = NEW.rowid WHERE rowid = NEW.rowid; END;

ALTER TABLE guardian_events ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE guardian_events SET seq = rowid;
CREATE TRIGGER guardian_events_seq AFTER INSERT ON guardian_events FOR EACH ROW WHEN NEW.seq = 0
BEGIN UPDATE guardian_events SET seq = NEW.rowid WHERE rowid = NEW.rowid; END;
