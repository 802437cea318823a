-- Audit ids taken in blocks of 50 from a sequence, so that the audit entries of a bulk import are
-- written in JDBC batches: an identity column costs one round trip per entry. Ids stay unique and
-- increasing per node; occurred_at gives the order across nodes.
ALTER TABLE audit_entry ALTER COLUMN id DROP IDENTITY IF EXISTS;
CREATE SEQUENCE audit_entry_seq INCREMENT BY 50 OWNED BY audit_entry.id;
SELECT setval('audit_entry_seq', coalesce((SELECT max(id) FROM audit_entry), 0) + 100, false);
ALTER TABLE audit_entry ALTER COLUMN id SET DEFAULT nextval('audit_entry_seq');
