-- Coordinators repair linkage: "same child (incident)" joins splits and "not the same" in one
-- append-only table of repairs, replayed at start-up in its place; and the pairs the engine refused
-- or found just below its threshold are kept as near misses for coordinators to resolve, each once.
ALTER TABLE cluster_separation RENAME TO cluster_repair;
ALTER TABLE cluster_repair DROP CONSTRAINT cluster_separation_kind_ck;
ALTER TABLE cluster_repair ADD CONSTRAINT cluster_repair_kind_ck CHECK (kind IN ('SPLIT', 'NOT_THE_SAME', 'SAME'));
ALTER TRIGGER cluster_separation_no_update ON cluster_repair RENAME TO cluster_repair_no_update;

-- Never a token nor a filter: the two child records (by id), their signals, how alike, why not linked.
CREATE TABLE near_miss (
    id              uuid             PRIMARY KEY,
    record_id       uuid             NOT NULL REFERENCES child_record (id),
    signal_id       uuid             NOT NULL REFERENCES signal (id),
    other_record_id uuid             NOT NULL REFERENCES child_record (id),
    other_signal_id uuid             NOT NULL REFERENCES signal (id),
    similarity      double precision NOT NULL,
    reason          varchar(25)      NOT NULL,
    found_at        timestamptz      NOT NULL,
    resolution      varchar(15),
    resolved_by     varchar(100),
    resolved_at     timestamptz,
    version         bigint           NOT NULL DEFAULT 0,
    CONSTRAINT near_miss_reason_ck CHECK (reason IN ('AMBIGUOUS', 'DIFFERENT_ID_NUMBER', 'NOT_COHESIVE', 'BELOW_THRESHOLD')),
    CONSTRAINT near_miss_resolution_ck CHECK (resolution IN ('SAME_CHILD', 'NOT_THE_SAME')),
    CONSTRAINT near_miss_resolved_ck CHECK ((resolution IS NULL) = (resolved_by IS NULL)
        AND (resolution IS NULL) = (resolved_at IS NULL)),
    CONSTRAINT near_miss_similarity_ck CHECK (similarity >= 0 AND similarity <= 1)
);
CREATE INDEX near_miss_open_ix ON near_miss (found_at DESC) WHERE resolution IS NULL;
CREATE TRIGGER near_miss_no_delete BEFORE DELETE ON near_miss
    FOR EACH ROW EXECUTE FUNCTION cluster_never_deleted();
