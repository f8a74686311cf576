-- A library item's related initiatives move from the table library_item_initiative to the uuid[] column
-- related_initiatives, its sub-areas and parties from the JSON columns sub_areas and parties to the varchar[] columns
-- sub_area_codes and party_codes (a JSON column cannot change type in place); the filters read the arrays (GIN), the
-- party filter still reads party_mask. Expand-only: the table and the JSON columns stay for this release, and
-- triggers keep both storages equal both ways, so the previous version (which reads and writes the table and the JSON)
-- and this one (the arrays) run side by side and a rollback reads current data. pg_trigger_depth() stops a copy from
-- triggering the copy back. library_item_terms (V9) gets the arrays its filters read, from the same copy.
-- Contract step (next release): deploy/README.md, "Upgrading, and Flyway".
ALTER TABLE library_item ADD COLUMN related_initiatives uuid[] NOT NULL DEFAULT '{}',
    ADD COLUMN sub_area_codes varchar[], ADD COLUMN party_codes varchar[];
UPDATE library_item l SET
    related_initiatives = ARRAY(SELECT r.initiative_id FROM library_item_initiative r WHERE r.item_id = l.id ORDER BY r.initiative_id),
    sub_area_codes = ARRAY(SELECT jsonb_array_elements_text(sub_areas)),
    party_codes = ARRAY(SELECT jsonb_array_elements_text(parties));
ALTER TABLE library_item ALTER COLUMN sub_area_codes SET NOT NULL, ALTER COLUMN party_codes SET NOT NULL;
CREATE INDEX library_item_related_initiatives ON library_item USING gin (related_initiatives);
CREATE INDEX library_item_sub_area_codes ON library_item USING gin (sub_area_codes);

-- The JSON columns, both ways (as V12 does for initiatives). On an insert, the column the writer did not name is the
-- one filled.
CREATE FUNCTION library_item_json_lists_both_ways() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NEW.sub_area_codes IS NULL OR TG_OP = 'UPDATE' AND NEW.sub_areas IS DISTINCT FROM OLD.sub_areas THEN
        NEW.sub_area_codes := ARRAY(SELECT jsonb_array_elements_text(NEW.sub_areas));
    ELSIF TG_OP = 'INSERT' AND NEW.sub_areas IS NULL OR TG_OP = 'UPDATE' AND NEW.sub_area_codes IS DISTINCT FROM OLD.sub_area_codes THEN
        NEW.sub_areas := to_jsonb(NEW.sub_area_codes);
    END IF;
    IF TG_OP = 'INSERT' AND NEW.party_codes IS NULL OR TG_OP = 'UPDATE' AND NEW.parties IS DISTINCT FROM OLD.parties THEN
        NEW.party_codes := ARRAY(SELECT jsonb_array_elements_text(NEW.parties));
    ELSIF TG_OP = 'INSERT' AND NEW.parties IS NULL OR TG_OP = 'UPDATE' AND NEW.party_codes IS DISTINCT FROM OLD.party_codes THEN
        NEW.parties := to_jsonb(NEW.party_codes);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER library_item_json_lists_both_ways BEFORE INSERT OR UPDATE ON library_item
    FOR EACH ROW EXECUTE FUNCTION library_item_json_lists_both_ways();

-- The previous version wrote the table.
CREATE FUNCTION library_item_initiative_to_array() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.item_id ELSE NEW.item_id END;
BEGIN
    IF pg_trigger_depth() = 1 THEN
        UPDATE library_item l SET related_initiatives = ARRAY(SELECT r.initiative_id FROM library_item_initiative r WHERE r.item_id = l.id ORDER BY r.initiative_id)
        WHERE l.id = changed;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER library_item_initiative_to_array AFTER INSERT OR UPDATE OR DELETE ON library_item_initiative
    FOR EACH ROW EXECUTE FUNCTION library_item_initiative_to_array();

-- This version writes the array.
CREATE FUNCTION library_item_initiatives_to_table() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_trigger_depth() = 1 AND (TG_OP = 'INSERT' OR NEW.related_initiatives IS DISTINCT FROM OLD.related_initiatives) THEN
        DELETE FROM library_item_initiative WHERE item_id = NEW.id;
        INSERT INTO library_item_initiative (item_id, initiative_id) SELECT DISTINCT NEW.id, unnest(NEW.related_initiatives);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER library_item_initiatives_to_table AFTER INSERT OR UPDATE OF related_initiatives ON library_item
    FOR EACH ROW EXECUTE FUNCTION library_item_initiatives_to_table();

-- A deleted proposal drops out of the items that named it, as the table's ON DELETE CASCADE does (whose own delete
-- fires the table's trigger above below depth 1, so it does not reach the array).
CREATE FUNCTION library_item_drop_deleted_initiative() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE library_item SET related_initiatives = array_remove(related_initiatives, OLD.id)
    WHERE related_initiatives @> ARRAY[OLD.id];
    RETURN NULL;
END $$;
CREATE TRIGGER library_item_drop_deleted_initiative AFTER DELETE ON initiative
    FOR EACH ROW EXECUTE FUNCTION library_item_drop_deleted_initiative();

-- The copy V9 keeps: the arrays its filters read (LibraryItemTerms), beside the JSON the previous version reads.
ALTER TABLE library_item_terms ADD COLUMN sub_area_codes varchar[], ADD COLUMN related_initiatives uuid[];
UPDATE library_item_terms t SET sub_area_codes = l.sub_area_codes, related_initiatives = l.related_initiatives
FROM library_item l WHERE l.id = t.id;
ALTER TABLE library_item_terms ALTER COLUMN sub_area_codes SET NOT NULL, ALTER COLUMN related_initiatives SET NOT NULL;

CREATE OR REPLACE FUNCTION library_item_terms_copy() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        INSERT INTO library_item_terms (id, terms, document_type, measure, sub_areas, sub_area_codes, party_mask,
                                        language_key, publication_date, status, published_at, related_initiatives)
        VALUES (NEW.id, NEW.search || library_word_pairs(NEW.title || ' ' || NEW.summary), NEW.document_type,
                NEW.measure, NEW.sub_areas, NEW.sub_area_codes, NEW.party_mask, NEW.language_key, NEW.publication_date,
                NEW.status, NEW.published_at, NEW.related_initiatives)
        ON CONFLICT (id) DO UPDATE SET terms = EXCLUDED.terms, document_type = EXCLUDED.document_type,
            measure = EXCLUDED.measure, sub_areas = EXCLUDED.sub_areas, sub_area_codes = EXCLUDED.sub_area_codes,
            party_mask = EXCLUDED.party_mask, language_key = EXCLUDED.language_key,
            publication_date = EXCLUDED.publication_date, status = EXCLUDED.status,
            published_at = EXCLUDED.published_at, related_initiatives = EXCLUDED.related_initiatives;
        RETURN NULL;
    END
    $$;
