-- Signals and their pseudonymous child records. Identifiers are never stored: only keyed tokens.
CREATE SEQUENCE signal_reference_seq START 1;

CREATE TABLE signal (
    id                  uuid         PRIMARY KEY,
    reference           varchar(20)  NOT NULL,
    external_ref        varchar(100),
    organisation        varchar(100) NOT NULL,
    organisation_region varchar(5),
    submitted_by        varchar(100) NOT NULL,
    submitted_at        timestamptz  NOT NULL,
    review_status       varchar(20)  NOT NULL,
    grade               varchar(20)  NOT NULL,
    source_type         varchar(30)  NOT NULL,
    information_type    varchar(30)  NOT NULL,
    child_situation     varchar(30)  NOT NULL,
    region              varchar(5)   NOT NULL,
    occurred_from       date         NOT NULL,
    occurred_to         date,
    children_count      integer      NOT NULL,
    narrative           text,
    version             bigint       NOT NULL DEFAULT 0,
    CONSTRAINT signal_reference_uk UNIQUE (reference),
    CONSTRAINT signal_external_ref_uk UNIQUE (organisation, external_ref),
    CONSTRAINT signal_review_status_ck CHECK (review_status IN ('SUBMITTED', 'ACCEPTED', 'RETURNED', 'REJECTED')),
    CONSTRAINT signal_grade_ck CHECK (grade IN ('OFFICIAL', 'MAYBE', 'ANECDOTAL')),
    CONSTRAINT signal_source_type_ck CHECK (source_type IN ('OFFICIAL_RECORD', 'PROFESSIONAL_OBSERVATION', 'RESEARCH',
        'ORGANISATION_REPORT', 'TRAINING_MATERIAL', 'MEDIA', 'ANECDOTE')),
    CONSTRAINT signal_information_type_ck CHECK (information_type IN ('ACCEPTED_TREND', 'EMERGING_ISSUE', 'INCIDENT_OR_NARRATIVE')),
    CONSTRAINT signal_child_situation_ck CHECK (child_situation IN ('IDENTIFIED_VICTIM', 'SUSPECTED_VICTIM',
        'EXPLOITATIVE_SITUATION', 'AT_RISK_CONTEXT')),
    CONSTRAINT signal_period_ck CHECK (occurred_to IS NULL OR occurred_to >= occurred_from),
    CONSTRAINT signal_children_count_ck CHECK (children_count >= 1)
);
CREATE INDEX signal_organisation_ix ON signal (organisation, submitted_at DESC);
CREATE INDEX signal_organisation_region_ix ON signal (organisation_region, submitted_at DESC);
CREATE INDEX signal_submitted_at_ix ON signal (submitted_at DESC);

CREATE TABLE signal_concern (
    signal_id uuid        NOT NULL REFERENCES signal (id),
    concern   varchar(40) NOT NULL,
    CONSTRAINT signal_concern_pk PRIMARY KEY (signal_id, concern),
    CONSTRAINT signal_concern_ck CHECK (concern IN ('SEXUAL_EXPLOITATION', 'LABOUR_EXPLOITATION', 'BEGGING',
        'FORCED_CRIMINALITY', 'UNACCOMPANIED_MIGRANT_CHILD', 'AU_PAIR', 'MARRIAGE_RELATED',
        'ONLINE_SEXUAL_EXPLOITATION', 'ORGAN_REMOVAL', 'OTHER'))
);
CREATE INDEX signal_concern_concern_ix ON signal_concern (concern);

CREATE TABLE child_record (
    id                  uuid        PRIMARY KEY,
    signal_id           uuid        NOT NULL REFERENCES signal (id),
    ordinal             integer     NOT NULL,
    sex                 varchar(1),
    age                 integer,
    age_band            varchar(10),
    citizenship         varchar(2),
    country_of_birth    varchar(2),
    recruitment_country varchar(2),
    legal_status        varchar(30),
    retrafficked        boolean,
    name_dob_token      varchar(64),
    id_number_token     varchar(64),
    CONSTRAINT child_record_ordinal_uk UNIQUE (signal_id, ordinal),
    CONSTRAINT child_record_sex_ck CHECK (sex IN ('F', 'M', 'X')),
    CONSTRAINT child_record_age_ck CHECK (age BETWEEN 0 AND 17),
    CONSTRAINT child_record_age_band_ck CHECK (age_band IN ('AGE_0_11', 'AGE_12_14', 'AGE_15_17')),
    CONSTRAINT child_record_legal_status_ck CHECK (legal_status IN ('NATIONAL', 'EU_CITIZEN', 'THIRD_COUNTRY_REGULAR',
        'THIRD_COUNTRY_IRREGULAR', 'ASYLUM_SEEKER', 'REFUGEE_OR_PROTECTED', 'STATELESS', 'UNKNOWN'))
);
CREATE INDEX child_record_signal_ix ON child_record (signal_id);
CREATE INDEX child_record_name_dob_token_ix ON child_record (name_dob_token);
CREATE INDEX child_record_id_number_token_ix ON child_record (id_number_token);
