-- Most reads are anonymous or by partners, who see endorsed initiatives only. Partial indexes over just those rows
-- let PostgreSQL both page and count them from the index alone (index-only scans), instead of visiting every row.
CREATE INDEX initiative_public_created ON initiative (created_at, id) WHERE endorsed_at IS NOT NULL;
CREATE INDEX initiative_public_updated ON initiative (updated_at, id) WHERE endorsed_at IS NOT NULL;
CREATE INDEX initiative_public_title ON initiative (title, id) WHERE endorsed_at IS NOT NULL;
CREATE INDEX initiative_public_measure ON initiative (measure, created_at, id) WHERE endorsed_at IS NOT NULL;
CREATE INDEX initiative_public_status ON initiative (status, created_at, id) WHERE endorsed_at IS NOT NULL;
CREATE INDEX initiative_public_lead ON initiative (lead_party, created_at, id) WHERE endorsed_at IS NOT NULL;
