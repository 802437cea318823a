-- Clusters: child and incident clusters made by linkage, their members, the evidence of each link,
-- coordinators' decisions and separations. Nothing is deleted: a merged cluster is marked, a member
-- that leaves keeps its row with when and why, history and separations are append-only.
CREATE SEQUENCE cluster_seq START 1;

CREATE TABLE cluster (
    id                 uuid          PRIMARY KEY,
    kind               varchar(10)   NOT NULL,
    verification       varchar(12)   NOT NULL,
    proposed_by        varchar(100),
    proposed_at        timestamptz,
    proposal_rationale varchar(2000),
    merged_into        uuid          REFERENCES cluster (id),
    assessed_grade     varchar(20)   NOT NULL,
    source_count       integer       NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL,
    version            bigint        NOT NULL DEFAULT 0,
    CONSTRAINT cluster_kind_ck CHECK (kind IN ('CHILD', 'INCIDENT')),
    CONSTRAINT cluster_verification_ck CHECK (verification IN ('UNVERIFIED', 'VERIFIED', 'DISMISSED')),
    CONSTRAINT cluster_assessed_grade_ck CHECK (assessed_grade IN ('OFFICIAL', 'MAYBE', 'ANECDOTAL')),
    CONSTRAINT cluster_proposal_ck CHECK ((proposed_by IS NULL) = (proposed_at IS NULL)
        AND (proposed_by IS NULL OR (verification = 'UNVERIFIED' AND proposal_rationale IS NOT NULL)))
);
CREATE INDEX cluster_list_ix ON cluster (kind, verification, created_at DESC) WHERE merged_into IS NULL;

CREATE TABLE cluster_member (
    id              uuid         PRIMARY KEY,
    cluster_id      uuid         NOT NULL REFERENCES cluster (id),
    signal_id       uuid         NOT NULL REFERENCES signal (id),
    child_record_id uuid         REFERENCES child_record (id),
    seq             bigint       NOT NULL,
    joined_at       timestamptz  NOT NULL,
    left_at         timestamptz,
    left_reason     varchar(10),
    CONSTRAINT cluster_member_left_ck CHECK ((left_at IS NULL) = (left_reason IS NULL)),
    CONSTRAINT cluster_member_left_reason_ck CHECK (left_reason IN ('MERGED', 'SPLIT', 'WITHDRAWN'))
);
CREATE INDEX cluster_member_cluster_ix ON cluster_member (cluster_id) WHERE left_at IS NULL;
CREATE INDEX cluster_member_signal_ix ON cluster_member (signal_id);

CREATE TABLE cluster_link (
    id                  uuid         PRIMARY KEY,
    record_id           uuid         NOT NULL,
    signal_id           uuid         NOT NULL REFERENCES signal (id),
    linked_to_id        uuid         NOT NULL,
    linked_to_signal_id uuid         NOT NULL REFERENCES signal (id),
    similarity          double precision,
    basis               varchar(20)  NOT NULL,
    linked_at           timestamptz  NOT NULL,
    CONSTRAINT cluster_link_basis_ck CHECK (basis IN ('ID_NUMBER', 'NAME_AND_BIRTH', 'SIMILARITY', 'CONTAINMENT',
        'SAME_INCIDENT'))
);
CREATE INDEX cluster_link_signal_ix ON cluster_link (signal_id);
CREATE INDEX cluster_link_linked_to_signal_ix ON cluster_link (linked_to_signal_id);

CREATE TABLE cluster_decision (
    id               uuid          PRIMARY KEY,
    cluster_id       uuid          NOT NULL REFERENCES cluster (id),
    act              varchar(25)   NOT NULL,
    rationale        varchar(2000),
    other_cluster_id uuid          REFERENCES cluster (id),
    decided_by       varchar(100)  NOT NULL,
    decided_role     varchar(40)   NOT NULL,
    decided_at       timestamptz   NOT NULL,
    CONSTRAINT cluster_decision_act_ck CHECK (act IN ('CREATED', 'VERIFICATION_PROPOSED', 'VERIFIED', 'DISMISSED',
        'VERIFICATION_RESET', 'MERGED', 'MERGED_INTO', 'SPLIT', 'SPLIT_FROM', 'SEPARATED', 'SIGNAL_LEFT'))
);
CREATE INDEX cluster_decision_cluster_ix ON cluster_decision (cluster_id, decided_at);

CREATE TABLE cluster_separation (
    id               uuid          PRIMARY KEY,
    seq              bigint        NOT NULL,
    kind             varchar(15)   NOT NULL,
    cluster_id       uuid          NOT NULL REFERENCES cluster (id),
    other_cluster_id uuid          NOT NULL REFERENCES cluster (id),
    records          text          NOT NULL,
    decided_by       varchar(100)  NOT NULL,
    decided_at       timestamptz   NOT NULL,
    CONSTRAINT cluster_separation_kind_ck CHECK (kind IN ('SPLIT', 'NOT_THE_SAME'))
);

-- History, evidence and separations are append-only, like the audit log.
CREATE FUNCTION cluster_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER cluster_decision_no_update BEFORE UPDATE OR DELETE ON cluster_decision
    FOR EACH ROW EXECUTE FUNCTION cluster_append_only();
CREATE TRIGGER cluster_separation_no_update BEFORE UPDATE OR DELETE ON cluster_separation
    FOR EACH ROW EXECUTE FUNCTION cluster_append_only();
CREATE TRIGGER cluster_link_no_update BEFORE UPDATE OR DELETE ON cluster_link
    FOR EACH ROW EXECUTE FUNCTION cluster_append_only();

-- Clusters and memberships are never deleted; a membership only ever ends (left_at, left_reason).
CREATE FUNCTION cluster_never_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are never deleted', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER cluster_no_delete BEFORE DELETE ON cluster
    FOR EACH ROW EXECUTE FUNCTION cluster_never_deleted();
CREATE TRIGGER cluster_member_no_delete BEFORE DELETE ON cluster_member
    FOR EACH ROW EXECUTE FUNCTION cluster_never_deleted();

CREATE FUNCTION cluster_member_only_ends() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.left_at IS NOT NULL OR NEW.id <> OLD.id OR NEW.cluster_id <> OLD.cluster_id OR NEW.signal_id <> OLD.signal_id
            OR NEW.child_record_id IS DISTINCT FROM OLD.child_record_id OR NEW.seq <> OLD.seq
            OR NEW.joined_at <> OLD.joined_at THEN
        RAISE EXCEPTION 'a cluster membership only ever ends';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER cluster_member_only_ends BEFORE UPDATE ON cluster_member
    FOR EACH ROW EXECUTE FUNCTION cluster_member_only_ends();
