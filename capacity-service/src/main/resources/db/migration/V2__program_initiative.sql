-- Programs are listed and counted by the initiative that funds them (?initiativeId=, the initiative's portfolio).
CREATE INDEX program_initiative ON program (initiative_id, created_at, id);
