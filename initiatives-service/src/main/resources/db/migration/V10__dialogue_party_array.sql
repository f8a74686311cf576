-- A dialogue's parties move from the table dialogue_party to a varchar[] column on the row, GIN-indexed for ?party=.
-- Expand-only: the table stays for this release, and triggers keep both storages equal both ways, so the previous
-- version (which reads and writes the table) and this one (the array) run side by side and a rollback reads current
-- data. pg_trigger_depth() stops a copy from triggering the copy back.
-- Contract step (next release): deploy/README.md, "Upgrading, and Flyway".
ALTER TABLE dialogue ADD COLUMN participating_parties varchar[] NOT NULL DEFAULT '{}';
UPDATE dialogue d SET participating_parties = ARRAY(SELECT p.party FROM dialogue_party p WHERE p.dialogue_id = d.id ORDER BY p.party);
CREATE INDEX dialogue_participating_parties ON dialogue USING gin (participating_parties);

-- The previous version wrote the table.
CREATE FUNCTION dialogue_party_to_array() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.dialogue_id ELSE NEW.dialogue_id END;
BEGIN
    IF pg_trigger_depth() = 1 THEN
        UPDATE dialogue d SET participating_parties = ARRAY(SELECT p.party FROM dialogue_party p WHERE p.dialogue_id = d.id ORDER BY p.party)
        WHERE d.id = changed;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER dialogue_party_to_array AFTER INSERT OR UPDATE OR DELETE ON dialogue_party
    FOR EACH ROW EXECUTE FUNCTION dialogue_party_to_array();

-- This version writes the array.
CREATE FUNCTION dialogue_parties_to_table() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_trigger_depth() = 1 AND (TG_OP = 'INSERT' OR NEW.participating_parties IS DISTINCT FROM OLD.participating_parties) THEN
        DELETE FROM dialogue_party WHERE dialogue_id = NEW.id;
        INSERT INTO dialogue_party (dialogue_id, party) SELECT DISTINCT NEW.id, unnest(NEW.participating_parties);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER dialogue_parties_to_table AFTER INSERT OR UPDATE OF participating_parties ON dialogue
    FOR EACH ROW EXECUTE FUNCTION dialogue_parties_to_table();
