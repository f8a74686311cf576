-- The cooperation needs (matchmaking-service) a program declares it answers: ids as given, listed with ?need=.
ALTER TABLE program ADD COLUMN answers_needs uuid[] NOT NULL DEFAULT '{}';
CREATE INDEX program_answers_needs ON program USING gin (answers_needs);
