-- Organisations of the professional networks, registered by hub administrators. The id is what the
-- members' tokens carry in the organisation claim; only members of an active organisation are let in.
-- Never deleted: deactivated (active = false).
CREATE TABLE organisation (
    id         varchar(100) PRIMARY KEY,
    name       varchar(200) NOT NULL,
    type       varchar(30)  NOT NULL,
    level      varchar(10)  NOT NULL,
    region     varchar(5),
    network    varchar(200),
    active     boolean      NOT NULL DEFAULT true,
    version    bigint       NOT NULL DEFAULT 0,
    created_at timestamptz  NOT NULL,
    updated_at timestamptz  NOT NULL,
    CONSTRAINT organisation_id_ck CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,99}$'),
    CONSTRAINT organisation_type_ck CHECK (type IN ('SOCIAL_SERVICES', 'NGO', 'POLICE', 'SCHOOL', 'HEALTH',
        'MIGRATION_BODY', 'FAITH_BASED', 'LABOUR_ORGANISATION', 'REGIONAL_NETWORK', 'NATIONAL_COORDINATION',
        'PARTNER_HUB', 'RESEARCH', 'OPERATOR', 'OTHER')),
    CONSTRAINT organisation_level_ck CHECK (level IN ('LOCAL', 'REGIONAL', 'NATIONAL')),
    CONSTRAINT organisation_region_ck CHECK (region IS NOT NULL OR type = 'PARTNER_HUB'),
    CONSTRAINT organisation_name_ck CHECK (length(trim(name)) > 0)
);

-- Nothing is deleted: deactivate instead.
CREATE FUNCTION organisation_not_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'organisations are never deleted: set active = false';
END;
$$;
CREATE TRIGGER organisation_no_delete BEFORE DELETE ON organisation
    FOR EACH ROW EXECUTE FUNCTION organisation_not_deleted();
