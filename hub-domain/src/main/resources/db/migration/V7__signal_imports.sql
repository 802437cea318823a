-- Bulk imports: a record of each uploaded file and its per-row errors. The file itself is never
-- stored (it may hold children's identifiers): it lives in memory until its rows are read.
CREATE TABLE signal_import (
    id                    uuid          PRIMARY KEY,
    organisation          varchar(100)  NOT NULL,
    organisation_region   varchar(5),
    submitted_by          varchar(100)  NOT NULL,
    format                varchar(10)   NOT NULL,
    byte_size             bigint        NOT NULL,
    status                varchar(10)   NOT NULL,
    total_rows            integer       NOT NULL,
    processed_rows        integer       NOT NULL DEFAULT 0,
    accepted_rows         integer       NOT NULL DEFAULT 0,
    rejected_rows         integer       NOT NULL DEFAULT 0,
    signals_created       integer       NOT NULL DEFAULT 0,
    signals_already_filed integer       NOT NULL DEFAULT 0,
    error_count           integer       NOT NULL DEFAULT 0,
    received_at           timestamptz   NOT NULL,
    started_at            timestamptz,
    finished_at           timestamptz,
    failure               varchar(500),
    version               bigint        NOT NULL DEFAULT 0,
    CONSTRAINT signal_import_format_ck CHECK (format IN ('CSV', 'NDJSON')),
    CONSTRAINT signal_import_status_ck CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    CONSTRAINT signal_import_counts_ck CHECK (processed_rows = accepted_rows + rejected_rows AND processed_rows <= total_rows)
);
CREATE INDEX signal_import_organisation_ix ON signal_import (organisation, received_at DESC);

-- Per-row errors; messages never quote a row's values.
CREATE TABLE signal_import_error (
    id         uuid          PRIMARY KEY,
    import_id  uuid          NOT NULL REFERENCES signal_import (id),
    ordinal    integer       NOT NULL,
    row_number integer       NOT NULL,
    field      varchar(200)  NOT NULL,
    message    varchar(1000) NOT NULL,
    CONSTRAINT signal_import_error_ordinal_uk UNIQUE (import_id, ordinal)
);
