-- V12 kept an initiative's JSON lists and their arrays equal with a BEFORE INSERT OR UPDATE trigger. A BEFORE ROW UPDATE
-- trigger makes PostgreSQL lock the old row as for a key change whenever the statement sets a column of a unique index
-- (ExecUpdateLockMode looks at the columns set, not at whether they changed), and Hibernate sets every column, `code`
-- included. That lock waits for the FOR KEY SHARE lock a concurrent writer holds from inserting a child row (its history
-- entry), while that writer waits for this row: concurrent updates of one initiative with the same ETag deadlocked
-- (500) where one must win and the others get 412 (FaultInjectionIT, InitiativeConcurrencyTest). Inserts keep the
-- BEFORE trigger, which locks nothing; an update copies the side that changed with an UPDATE of its own after the row
-- is written, which sets no key column and so takes the weaker lock of an update without triggers. (library_item's V13
-- trigger and capacity's program_languages_both_ways keep their BEFORE UPDATE: those tables' only unique column is the
-- id, which Hibernate never sets.)
DROP TRIGGER initiative_json_lists_both_ways ON initiative;
CREATE TRIGGER initiative_json_lists_both_ways BEFORE INSERT ON initiative
    FOR EACH ROW EXECUTE FUNCTION initiative_json_lists_both_ways();

CREATE FUNCTION initiative_json_lists_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_trigger_depth() = 1 THEN
        IF NEW.sub_areas IS DISTINCT FROM OLD.sub_areas THEN
            UPDATE initiative SET sub_area_codes = ARRAY(SELECT jsonb_array_elements_text(NEW.sub_areas)) WHERE id = NEW.id;
        ELSIF NEW.sub_area_codes IS DISTINCT FROM OLD.sub_area_codes THEN
            UPDATE initiative SET sub_areas = to_jsonb(NEW.sub_area_codes) WHERE id = NEW.id;
        END IF;
        IF NEW.mechanisms IS DISTINCT FROM OLD.mechanisms THEN
            UPDATE initiative SET mechanism_names = ARRAY(SELECT jsonb_array_elements_text(NEW.mechanisms)) WHERE id = NEW.id;
        ELSIF NEW.mechanism_names IS DISTINCT FROM OLD.mechanism_names THEN
            UPDATE initiative SET mechanisms = to_jsonb(NEW.mechanism_names) WHERE id = NEW.id;
        END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER initiative_json_lists_after_update AFTER UPDATE OF sub_areas, sub_area_codes, mechanisms, mechanism_names
    ON initiative FOR EACH ROW EXECUTE FUNCTION initiative_json_lists_after_update();
