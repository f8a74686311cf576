#!/usr/bin/env bash
# Creates the platform's PostgreSQL role and databases if they are missing (idempotent).
# Each service owns one database; tests use a separate *_test database per service.
# Usage: deploy/local/databases.sh [psql connection options]   (default: -h 127.0.0.1 -p 5432 -U postgres)
set -euo pipefail

PSQL_OPTS=("$@")
[ ${#PSQL_OPTS[@]} -gt 0 ] || PSQL_OPTS=(-h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}")
psql_do() { psql "${PSQL_OPTS[@]}" -v ON_ERROR_STOP=1 -qAt "$@"; }

# Local development credentials only; production passes its own through QUARKUS_DATASOURCE_* variables.
role=acde
psql_do -d postgres -c "DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN PASSWORD 'acde';
  END IF;
END \$\$;"

for db in initiatives matchmaking capacity initiatives_test matchmaking_test capacity_test; do
  if [ "$(psql_do -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
    psql_do -d postgres -c "CREATE DATABASE $db OWNER $role"
    echo "created database $db"
  fi
done
