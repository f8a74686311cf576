#!/usr/bin/env bash
# Creates the platform's PostgreSQL role and databases if they are missing (idempotent).
# Each service owns one database; tests use a separate *_test database per service, and platform's own tests (the
# outbox relay) one more, platform_test (platform<suffix> in every suffixed set).
#   deploy/local/databases.sh                       initiatives, matchmaking, capacity, events, their *_test twins, platform_test
#   deploy/local/databases.sh --suffix _e2e --fresh  initiatives_e2e, ... dropped and created anew (system tests)
# Connection: $PGHOST:$PGPORT as $PGUSER (default 127.0.0.1:5432, postgres).
set -euo pipefail

suffixes=("" "_test")
fresh=false
while [ $# -gt 0 ]; do
  case "$1" in
    --suffix) suffixes=("$2"); shift 2 ;;
    --fresh) fresh=true; shift ;;
    *) echo "usage: $0 [--suffix SUFFIX] [--fresh]" >&2; exit 2 ;;
  esac
done

PSQL_OPTS=(-h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}")
export PGOPTIONS="--client-min-messages=warning"
psql_do() { psql "${PSQL_OPTS[@]}" -v ON_ERROR_STOP=1 -qAt "$@"; }

# Local development credentials only; production passes its own through QUARKUS_DATASOURCE_* variables.
role=acde
psql_do -d postgres -c "DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN PASSWORD 'acde';
  END IF;
END \$\$;"

for suffix in "${suffixes[@]}"; do
  owners=(initiatives matchmaking capacity events)
  [ -n "$suffix" ] && owners+=(platform)
  for owner in "${owners[@]}"; do
    db=$owner$suffix
    if $fresh; then
      psql_do -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
    fi
    if [ "$(psql_do -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
      psql_do -d postgres -c "CREATE DATABASE $db OWNER $role"
      echo "created database $db"
    fi
  done
done
