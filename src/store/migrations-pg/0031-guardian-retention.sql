-- PostgreSQL twin of migrations/0031-guardian-retention.sql.
CREATE INDEX guardian_events_created ON guardian_events(created_at);
