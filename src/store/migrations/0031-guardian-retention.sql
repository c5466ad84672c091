-- Guardian warnings are kept only as long as a guardian can be shown them (see GUARDIAN_KEEP_MS in
-- src/server/routes/citizen.ts): the purge deletes by age.
CREATE INDEX guardian_events_created ON guardian_events(created_at);
