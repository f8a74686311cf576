-- An initiative's sub-areas and mechanisms move from the JSON columns sub_areas and mechanisms to the varchar[]
-- columns sub_area_codes and mechanism_names (a JSON column cannot change type in place). Expand-only: the JSON
-- columns stay for this release, and a trigger keeps each pair equal both ways on every write, so the previous
-- version (which reads and writes the JSON) and this one (the arrays) run side by side and a rollback reads current
-- data. On an insert, the column the writer did not name is the one filled.
-- Contract step (next release): deploy/README.md, "Upgrading, and Flyway".
ALTER TABLE initiative ADD COLUMN sub_area_codes varchar[], ADD COLUMN mechanism_names varchar[];
UPDATE initiative SET sub_area_codes = ARRAY(SELECT jsonb_array_elements_text(sub_areas)),
    mechanism_names = ARRAY(SELECT jsonb_array_elements_text(mechanisms));
ALTER TABLE initiative ALTER COLUMN sub_area_codes SET NOT NULL, ALTER COLUMN mechanism_names SET NOT NULL;

CREATE FUNCTION initiative_json_lists_both_ways() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NEW.sub_area_codes IS NULL OR TG_OP = 'UPDATE' AND NEW.sub_areas IS DISTINCT FROM OLD.sub_areas THEN
        NEW.sub_area_codes := ARRAY(SELECT jsonb_array_elements_text(NEW.sub_areas));
    ELSIF TG_OP = 'INSERT' AND NEW.sub_areas IS NULL OR TG_OP = 'UPDATE' AND NEW.sub_area_codes IS DISTINCT FROM OLD.sub_area_codes THEN
        NEW.sub_areas := to_jsonb(NEW.sub_area_codes);
    END IF;
    IF TG_OP = 'INSERT' AND NEW.mechanism_names IS NULL OR TG_OP = 'UPDATE' AND NEW.mechanisms IS DISTINCT FROM OLD.mechanisms THEN
        NEW.mechanism_names := ARRAY(SELECT jsonb_array_elements_text(NEW.mechanisms));
    ELSIF TG_OP = 'INSERT' AND NEW.mechanisms IS NULL OR TG_OP = 'UPDATE' AND NEW.mechanism_names IS DISTINCT FROM OLD.mechanism_names THEN
        NEW.mechanisms := to_jsonb(NEW.mechanism_names);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER initiative_json_lists_both_ways BEFORE INSERT OR UPDATE ON initiative
    FOR EACH ROW EXECUTE FUNCTION initiative_json_lists_both_ways();
