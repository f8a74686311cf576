-- A program's languages move from the JSON column languages to the varchar[] column language_tags (a JSON column
-- cannot change type in place). Expand-only: languages stays for this release, and a trigger keeps the two equal both
-- ways on every write, so the previous version (which reads and writes languages) and this one (language_tags) run
-- side by side and a rollback reads current data. On an insert, the column the writer did not name is the one filled.
-- Contract step (next release): deploy/README.md, "Upgrading, and Flyway".
ALTER TABLE program ADD COLUMN language_tags varchar[];
UPDATE program SET language_tags = ARRAY(SELECT jsonb_array_elements_text(languages));
ALTER TABLE program ALTER COLUMN language_tags SET NOT NULL;

CREATE FUNCTION program_languages_both_ways() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NEW.language_tags IS NULL OR TG_OP = 'UPDATE' AND NEW.languages IS DISTINCT FROM OLD.languages THEN
        NEW.language_tags := ARRAY(SELECT jsonb_array_elements_text(NEW.languages));
    ELSIF TG_OP = 'INSERT' AND NEW.languages IS NULL OR TG_OP = 'UPDATE' AND NEW.language_tags IS DISTINCT FROM OLD.language_tags THEN
        NEW.languages := to_jsonb(NEW.language_tags);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER program_languages_both_ways BEFORE INSERT OR UPDATE ON program
    FOR EACH ROW EXECUTE FUNCTION program_languages_both_ways();
