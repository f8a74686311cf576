-- A program's topics and audiences move from their tables (program_topic, program_audience) to varchar[] columns on the
-- row, GIN-indexed for ?topic= and ?audience=. Expand-only: the tables stay for this release, and triggers keep both
-- storages equal both ways, so the previous version (which reads and writes the tables) and this one (the arrays) run
-- side by side and a rollback reads current data. pg_trigger_depth() stops a copy from triggering the copy back.
-- Contract step (next release): deploy/README.md, "Upgrading, and Flyway".
ALTER TABLE program ADD COLUMN topics varchar[] NOT NULL DEFAULT '{}', ADD COLUMN audiences varchar[] NOT NULL DEFAULT '{}';
UPDATE program p SET
    topics = ARRAY(SELECT t.topic FROM program_topic t WHERE t.program_id = p.id ORDER BY t.position),
    audiences = ARRAY(SELECT a.audience FROM program_audience a WHERE a.program_id = p.id ORDER BY a.position);
CREATE INDEX program_topics ON program USING gin (topics);
CREATE INDEX program_audiences ON program USING gin (audiences);

-- The previous version wrote a table: the row's array becomes the table's codes in position order.
CREATE FUNCTION program_topic_to_array() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.program_id ELSE NEW.program_id END;
BEGIN
    IF pg_trigger_depth() = 1 THEN
        UPDATE program p SET topics = ARRAY(SELECT t.topic FROM program_topic t WHERE t.program_id = p.id ORDER BY t.position)
        WHERE p.id = changed;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER program_topic_to_array AFTER INSERT OR UPDATE OR DELETE ON program_topic
    FOR EACH ROW EXECUTE FUNCTION program_topic_to_array();

CREATE FUNCTION program_audience_to_array() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.program_id ELSE NEW.program_id END;
BEGIN
    IF pg_trigger_depth() = 1 THEN
        UPDATE program p SET audiences = ARRAY(SELECT a.audience FROM program_audience a WHERE a.program_id = p.id ORDER BY a.position)
        WHERE p.id = changed;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER program_audience_to_array AFTER INSERT OR UPDATE OR DELETE ON program_audience
    FOR EACH ROW EXECUTE FUNCTION program_audience_to_array();

-- This version writes the arrays: the tables get the same codes, one row per position.
CREATE FUNCTION program_arrays_to_tables() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_trigger_depth() = 1 THEN
        IF TG_OP = 'INSERT' OR NEW.topics IS DISTINCT FROM OLD.topics THEN
            DELETE FROM program_topic WHERE program_id = NEW.id;
            INSERT INTO program_topic (program_id, position, topic)
                SELECT NEW.id, t.position - 1, t.topic FROM unnest(NEW.topics) WITH ORDINALITY AS t (topic, position);
        END IF;
        IF TG_OP = 'INSERT' OR NEW.audiences IS DISTINCT FROM OLD.audiences THEN
            DELETE FROM program_audience WHERE program_id = NEW.id;
            INSERT INTO program_audience (program_id, position, audience)
                SELECT NEW.id, a.position - 1, a.audience FROM unnest(NEW.audiences) WITH ORDINALITY AS a (audience, position);
        END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER program_arrays_to_tables AFTER INSERT OR UPDATE OF topics, audiences ON program
    FOR EACH ROW EXECUTE FUNCTION program_arrays_to_tables();
