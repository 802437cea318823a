-- Narratives encrypted at rest (docs/privacy.md, "Narrative encryption"): AES-256-GCM under a data key
-- per signal, the data key wrapped by the master key narrative_key_id (from the keys file, never here).
ALTER TABLE signal
    ADD COLUMN narrative_ciphertext bytea,
    ADD COLUMN narrative_nonce      bytea,
    ADD COLUMN narrative_data_key   bytea,
    ADD COLUMN narrative_key_id     varchar(40);
ALTER TABLE signal ADD CONSTRAINT signal_narrative_sealed_ck CHECK (
    (narrative_ciphertext IS NULL AND narrative_nonce IS NULL AND narrative_data_key IS NULL AND narrative_key_id IS NULL)
    OR (narrative_ciphertext IS NOT NULL AND narrative_nonce IS NOT NULL AND narrative_data_key IS NOT NULL
        AND narrative_key_id IS NOT NULL));
CREATE INDEX signal_narrative_key_id_ix ON signal (narrative_key_id);

-- The plaintext column stays for now: rows filed before this version still hold plain text, and only
-- the API has the master key to seal them. It seals and nulls them at start-up (NarrativeSealing).
-- NOT VALID: PostgreSQL enforces the check on every insert and update from now on, without checking
-- the old rows; no new plain text can be written. A later migration validates it and drops the column.
ALTER TABLE signal ADD CONSTRAINT signal_narrative_plaintext_gone_ck CHECK (narrative IS NULL) NOT VALID;
COMMENT ON COLUMN signal.narrative IS 'Legacy plain text, sealed into narrative_* and nulled by the API at start-up; always null for new rows.';
