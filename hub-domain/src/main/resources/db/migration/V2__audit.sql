-- The audit log: append-only; the application never updates or deletes a row.
CREATE TABLE audit_entry (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at        timestamptz  NOT NULL,
    actor              varchar(100) NOT NULL,
    actor_role         varchar(40)  NOT NULL,
    actor_organisation varchar(100),
    action             varchar(40)  NOT NULL,
    target_type        varchar(40)  NOT NULL,
    target_id          varchar(100),
    detail             varchar(1000)
);
CREATE INDEX audit_entry_occurred_at_ix ON audit_entry (occurred_at);
CREATE INDEX audit_entry_target_ix ON audit_entry (target_type, target_id);

CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$;
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
