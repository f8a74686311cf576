-- Statistics by party under a measure, status or lead filter read the party bits from the index alone
-- (index-only scans) instead of visiting one table page per initiative.
DROP INDEX initiative_public_measure;
CREATE INDEX initiative_public_measure ON initiative (measure, created_at, id) INCLUDE (party_mask) WHERE endorsed_at IS NOT NULL;
DROP INDEX initiative_public_status;
CREATE INDEX initiative_public_status ON initiative (status, created_at, id) INCLUDE (party_mask) WHERE endorsed_at IS NOT NULL;
DROP INDEX initiative_public_lead;
CREATE INDEX initiative_public_lead ON initiative (lead_party, created_at, id) INCLUDE (party_mask) WHERE endorsed_at IS NOT NULL;
