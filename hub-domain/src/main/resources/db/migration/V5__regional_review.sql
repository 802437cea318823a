-- Regional review: a signal's review history, and withdrawal (voiding) as a review status. Nothing is deleted.
ALTER TABLE signal DROP CONSTRAINT signal_review_status_ck;
ALTER TABLE signal ADD CONSTRAINT signal_review_status_ck
    CHECK (review_status IN ('SUBMITTED', 'ACCEPTED', 'RETURNED', 'REJECTED', 'WITHDRAWN'));

CREATE TABLE signal_review (
    id           uuid          PRIMARY KEY,
    signal_id    uuid          NOT NULL REFERENCES signal (id),
    decision     varchar(10)   NOT NULL,
    message      varchar(2000),
    decided_by   varchar(100)  NOT NULL,
    decided_role varchar(40)   NOT NULL,
    decided_at   timestamptz   NOT NULL,
    CONSTRAINT signal_review_decision_ck CHECK (decision IN ('ACCEPT', 'RETURN', 'REJECT', 'ANSWER', 'WITHDRAW')),
    CONSTRAINT signal_review_message_ck CHECK (decision = 'ACCEPT' OR message IS NOT NULL)
);
CREATE INDEX signal_review_signal_ix ON signal_review (signal_id, decided_at);

-- The review queue: a region's submitted signals, oldest first.
CREATE INDEX signal_review_queue_ix ON signal (organisation_region, review_status, submitted_at);

-- The review history is append-only, like the audit log.
CREATE FUNCTION signal_review_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'signal_review is append-only';
END;
$$;
CREATE TRIGGER signal_review_no_update BEFORE UPDATE OR DELETE ON signal_review
    FOR EACH ROW EXECUTE FUNCTION signal_review_append_only();
