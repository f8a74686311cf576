-- An initiative's participating parties and tags move from their tables (initiative_party, initiative_tag) to
-- varchar[] columns on the row; the tags get a GIN index for ?tag= (the party filter reads party_mask, which both
-- versions keep). Expand-only: the tables stay for this release, and triggers keep both storages equal both ways, so
-- the previous version (which reads and writes the tables) and this one (the arrays) run side by side and a rollback
-- reads current data. pg_trigger_depth() stops a copy from triggering the copy back.
-- Contract step (next release): deploy/README.md, "Upgrading, and Flyway".
ALTER TABLE initiative ADD COLUMN participating_parties varchar[] NOT NULL DEFAULT '{}',
    ADD COLUMN tags varchar[] NOT NULL DEFAULT '{}';
UPDATE initiative i SET
    participating_parties = ARRAY(SELECT p.party FROM initiative_party p WHERE p.initiative_id = i.id ORDER BY p.party),
    tags = ARRAY(SELECT t.tag FROM initiative_tag t WHERE t.initiative_id = i.id ORDER BY t.position);
CREATE INDEX initiative_tags ON initiative USING gin (tags);

-- The previous version wrote a table.
CREATE FUNCTION initiative_party_to_array() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.initiative_id ELSE NEW.initiative_id END;
BEGIN
    IF pg_trigger_depth() = 1 THEN
        UPDATE initiative i SET participating_parties = ARRAY(SELECT p.party FROM initiative_party p WHERE p.initiative_id = i.id ORDER BY p.party)
        WHERE i.id = changed;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER initiative_party_to_array AFTER INSERT OR UPDATE OR DELETE ON initiative_party
    FOR EACH ROW EXECUTE FUNCTION initiative_party_to_array();

CREATE FUNCTION initiative_tag_to_array() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.initiative_id ELSE NEW.initiative_id END;
BEGIN
    IF pg_trigger_depth() = 1 THEN
        UPDATE initiative i SET tags = ARRAY(SELECT t.tag FROM initiative_tag t WHERE t.initiative_id = i.id ORDER BY t.position)
        WHERE i.id = changed;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER initiative_tag_to_array AFTER INSERT OR UPDATE OR DELETE ON initiative_tag
    FOR EACH ROW EXECUTE FUNCTION initiative_tag_to_array();

-- This version writes the arrays: the tables get the same codes (the tags one row per position).
CREATE FUNCTION initiative_arrays_to_tables() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_trigger_depth() = 1 THEN
        IF TG_OP = 'INSERT' OR NEW.participating_parties IS DISTINCT FROM OLD.participating_parties THEN
            DELETE FROM initiative_party WHERE initiative_id = NEW.id;
            INSERT INTO initiative_party (initiative_id, party) SELECT DISTINCT NEW.id, unnest(NEW.participating_parties);
        END IF;
        IF TG_OP = 'INSERT' OR NEW.tags IS DISTINCT FROM OLD.tags THEN
            DELETE FROM initiative_tag WHERE initiative_id = NEW.id;
            INSERT INTO initiative_tag (initiative_id, position, tag)
                SELECT NEW.id, t.position - 1, t.tag FROM unnest(NEW.tags) WITH ORDINALITY AS t (tag, position);
        END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER initiative_arrays_to_tables AFTER INSERT OR UPDATE OF participating_parties, tags ON initiative
    FOR EACH ROW EXECUTE FUNCTION initiative_arrays_to_tables();
