-- Opportunities (and through them interests and agreements) are listed and counted by their initiative
-- (?initiativeId=, the initiative's portfolio).
CREATE INDEX opportunity_initiative ON opportunity (initiative_id, created_at, id);
