-- Organisations of every kind take part in matchmaking (universities, research institutes, government agencies,
-- industry associations, NGOs), not only enterprises. The enterprise table becomes the organisation table; every
-- existing row is an enterprise and keeps all its columns. Only an enterprise has a size band and its basis, only a
-- government agency a level, only an industry association a member count: the API refuses the others, and so does
-- this check.
ALTER TABLE enterprise RENAME TO organisation;
ALTER TABLE organisation ADD COLUMN kind text NOT NULL DEFAULT 'ENTERPRISE';
ALTER TABLE organisation ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE organisation ALTER COLUMN size_band DROP NOT NULL, ALTER COLUMN size_definition DROP NOT NULL;
ALTER TABLE organisation ADD COLUMN government_level text, ADD COLUMN member_count integer;
ALTER TABLE organisation ADD CONSTRAINT organisation_kind_fields CHECK (
    (kind = 'ENTERPRISE') = (size_band IS NOT NULL AND size_definition IS NOT NULL)
    AND (kind = 'ENTERPRISE' OR (employees IS NULL AND annual_turnover_amount IS NULL AND annual_turnover_currency IS NULL))
    AND (kind = 'GOVERNMENT_AGENCY') = (government_level IS NOT NULL)
    AND (kind = 'INDUSTRY_ASSOCIATION') = (member_count IS NOT NULL));
CREATE INDEX organisation_kind ON organisation (kind, created_at, id);
ALTER INDEX enterprise_created RENAME TO organisation_created;
ALTER INDEX enterprise_updated RENAME TO organisation_updated;
ALTER INDEX enterprise_name RENAME TO organisation_name;
ALTER INDEX enterprise_party RENAME TO organisation_party;
ALTER INDEX enterprise_owner RENAME TO organisation_owner;
ALTER INDEX enterprise_sectors RENAME TO organisation_sectors;

-- An opportunity copies its organisation's kind (the anonymised view shows it); the size band it copies is absent
-- for kinds other than enterprises. The default fills the existing rows, all of enterprises.
ALTER TABLE opportunity ADD COLUMN organisation_kind text NOT NULL DEFAULT 'ENTERPRISE';
ALTER TABLE opportunity ALTER COLUMN organisation_kind DROP DEFAULT;
ALTER TABLE opportunity ALTER COLUMN size_band DROP NOT NULL;
