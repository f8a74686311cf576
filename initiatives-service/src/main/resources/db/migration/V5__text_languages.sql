-- The language a client wrote an initiative's title and summary in (BCP 47 tag, checked by the API); null when not
-- given. Expand-only: the previous version ignores the columns.
ALTER TABLE initiative ADD COLUMN title_language text, ADD COLUMN summary_language text;
