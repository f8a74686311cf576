-- The cooperation needs (matchmaking-service) an initiative declares it answers: ids as given, listed with ?need=.
ALTER TABLE initiative ADD COLUMN answers_needs uuid[] NOT NULL DEFAULT '{}';
CREATE INDEX initiative_answers_needs ON initiative USING gin (answers_needs);
