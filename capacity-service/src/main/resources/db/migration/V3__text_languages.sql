-- The language a client wrote a program's title and description in (BCP 47 tag, checked by the API); null when not
-- given. Expand-only: the previous version ignores the columns.
ALTER TABLE program ADD COLUMN title_language text, ADD COLUMN description_language text;
