-- The services' databases on the compose PostgreSQL (run once, on an empty data volume).
-- Local development credentials only.
CREATE ROLE acde LOGIN PASSWORD 'acde';
CREATE DATABASE initiatives OWNER acde;
CREATE DATABASE matchmaking OWNER acde;
CREATE DATABASE capacity OWNER acde;
CREATE DATABASE events OWNER acde;
