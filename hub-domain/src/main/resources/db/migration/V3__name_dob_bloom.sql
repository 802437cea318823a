-- Error-tolerant linkage token: the hardened (keyed, salted, XOR-folded) Bloom filter of a child's
-- name and date of birth, 512 bits as unpadded base64url (86 characters). Not an identifier; never
-- exported. See docs/privacy.md, "Bloom-filter encoding".
ALTER TABLE child_record ADD COLUMN name_dob_bloom varchar(86);
