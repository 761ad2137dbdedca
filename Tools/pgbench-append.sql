-- pgbench: what one event request writes in the PostgreSQL store, without tthc: lock the case's
-- snapshot row, append the event row, rewrite the snapshot, commit. Each pgbench client works on a
-- case of its own (bench-N, made by service-load.py pgbench), so clients do not wait for each other.
\set v random(1, 2000000000)
BEGIN;
SELECT version FROM cases WHERE jurisdiction = '11' AND id = '11-bench-' || :client_id FOR UPDATE;
INSERT INTO events (jurisdiction, case_id, version, kind, at, actor, step, body, recorded_at)
  VALUES ('11', '11-bench-' || :client_id, :v, 'complete', '2026-03-02T09:00', 'thanh-nua.pasc', 'receive',
          '{"actor":"thanh-nua.pasc","at":"2026-03-02T09:00","kind":"complete","step":"receive"}', '2026-12-06T00:00:00Z')
  ON CONFLICT DO NOTHING;
UPDATE cases SET version = version + 1, last_event_at = '2026-03-02T09:00', snapshot = decode(repeat('ab', 560), 'hex')
  WHERE jurisdiction = '11' AND id = '11-bench-' || :client_id;
END;
