#!/usr/bin/env bash
# Benchmark of initiatives-service's list, filter, full-text and statistics queries at N initiatives.
#   bench/initiatives/run.sh [N=100000] [seconds per scenario=15]
# Seeds a dedicated database (initiatives_bench) through the service layer once, starts the built service on
# loopback, drives each query with `hey` (4 concurrent clients) and appends a table plus EXPLAIN plans to
# bench/RESULTS.md. Needs: PostgreSQL on 127.0.0.1:5432, hey (apt-get install hey), a built initiatives-service.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

N=${1:-100000}
SECONDS_EACH=${2:-15}
PORT=${BENCH_PORT:-18181}
DB=initiatives_bench
JAR=$bench_root/initiatives-service/target/quarkus-app/quarkus-run.jar
TOOLS=$bench_root/bench/tools/initiatives/target/quarkus-app/quarkus-run.jar
BASE=http://127.0.0.1:$PORT
MACHINE=$(machine)
export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/$DB QUARKUS_LOG_CONSOLE_JSON_ENABLED=false
# Anonymous reads only, and no Keycloak on the bench: with its OpenID provider unreachable a service retries
# discovery on requests, which would be measured instead of the queries.
export QUARKUS_OIDC_TENANT_ENABLED=false

[ -f "$JAR" ] && [ -f "$TOOLS" ] || (cd "$bench_root" && ./mvnw -q -B package -DskipTests -pl bench/tools/initiatives -am)
# Run a private copy, so a rebuild in the working tree cannot pull jars from under the benchmark.
APP=$(mktemp -d)/quarkus-app
cp -r "$(dirname "$JAR")" "$APP"
JAR=$APP/quarkus-run.jar
"$bench_root/deploy/local/postgres.sh" ensure
"$bench_root/deploy/local/databases.sh" >/dev/null
psql -h 127.0.0.1 -U postgres -qAt -c "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB OWNER acde"

rows() { psql -h 127.0.0.1 -U postgres -d "$DB" -qAt -c "SELECT count(*) FROM initiative" 2>/dev/null || echo 0; }
have=$(rows)
if [ "$have" -lt "$N" ]; then
  echo "Seeding $((N - have)) initiatives through the service layer (resumes where a previous run stopped) ..."
  start=$(date +%s)
  QUARKUS_HTTP_PORT=0 java -jar "$TOOLS" seed "$((N - have))" 42 "$have" >/tmp/initiatives-bench-seed.log 2>&1
  echo "seeded in $(( $(date +%s) - start )) s"
  psql -h 127.0.0.1 -U postgres -d "$DB" -qc "VACUUM ANALYZE"
fi

QUARKUS_HTTP_PORT=$PORT java -Xmx512m -jar "$JAR" >/tmp/initiatives-bench.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
wait_ready "$BASE/q/health/ready"

id=$(curl -fs "$BASE/api/v1/initiatives?limit=1" | sed -E 's/.*"items":\[\{"id":"([^"]+)".*/\1/')
cursor=$(curl -fs "$BASE/api/v1/initiatives?limit=100&measure=III" | sed -E 's/.*"nextCursor":"([^"]+)".*/\1/')
since=$(date -u -d '-1 day' +%Y-%m-%dT%H:%M:%SZ)
scenarios=(
  "list, newest first|/api/v1/initiatives"
  "measure=III|/api/v1/initiatives?measure=III"
  "status=ACTIVE|/api/v1/initiatives?status=ACTIVE"
  "party=VN (lead or participant)|/api/v1/initiatives?party=VN"
  "leadParty=TH&measure=IV|/api/v1/initiatives?leadParty=TH&measure=IV"
  "tag=mekong|/api/v1/initiatives?tag=mekong"
  "q=cybersecurity incident|/api/v1/initiatives?q=cybersecurity%20incident"
  "q=broadband&party=LA|/api/v1/initiatives?q=broadband&party=LA"
  "activeOn=2026-06-01|/api/v1/initiatives?activeOn=2026-06-01"
  "updatedSince=yesterday|/api/v1/initiatives?updatedSince=$since"
  "sort=title&limit=100|/api/v1/initiatives?sort=title&limit=100"
  "second page by cursor (measure=III)|/api/v1/initiatives?limit=100&measure=III&cursor=$cursor"
  "stats groupBy=party&measure=VII|/api/v1/initiatives/stats?groupBy=party&measure=VII"
  "get one by id|/api/v1/initiatives/$id"
)
for s in "${scenarios[@]}"; do hey -z 2s -c 4 "$BASE${s#*|}" >/dev/null; done   # warm-up
LOAD_MEASURED=$(cut -d' ' -f1-3 /proc/loadavg)   # seeding may have taken minutes since the script started

table=$(for s in "${scenarios[@]}"; do hey_row "${s%%|*}" "$BASE${s#*|}" -z "${SECONDS_EACH}s" -c 4; done)

explain() {
  # An error (a function renamed by a migration, say) is printed in the block instead of leaving it silently empty.
  psql -h 127.0.0.1 -U postgres -d "$DB" -qAt -c "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) $1" 2>&1 \
    | grep -E "Index|Scan|Bitmap|Limit|Sort|ERROR" | sed 's/^/    /'
}
# The SQL of the filters as InitiativeFilters writes them since migration V3 (party bit set, stored tsvector and
# running range); party bits follow the Party enum's order: LA = 1 << 3, VN = 1 << 9.
explains=$(
  echo "list newest public:"; explain "SELECT id FROM initiative WHERE endorsed_at IS NOT NULL ORDER BY created_at DESC, id LIMIT 21"
  echo "count public:"; explain "SELECT count(id) FROM initiative WHERE endorsed_at IS NOT NULL"
  echo "measure=III:"; explain "SELECT id FROM initiative WHERE measure = 'III' AND endorsed_at IS NOT NULL ORDER BY created_at DESC, id LIMIT 21"
  echo "party=VN:"; explain "SELECT id FROM initiative WHERE initiative_includes(party_mask, 512) = true AND endorsed_at IS NOT NULL ORDER BY created_at DESC, id LIMIT 21"
  echo "count party=VN:"; explain "SELECT count(id) FROM initiative WHERE initiative_includes(party_mask, 512) = true AND endorsed_at IS NOT NULL"
  echo "q full text:"; explain "SELECT id FROM initiative WHERE initiative_matches(search, 'cybersecurity incident') = true AND endorsed_at IS NOT NULL ORDER BY created_at DESC, id LIMIT 21"
  echo "q=broadband&party=LA:"; explain "SELECT id FROM initiative WHERE initiative_matches(search, 'broadband') = true AND initiative_includes(party_mask, 8) = true AND endorsed_at IS NOT NULL ORDER BY created_at DESC, id LIMIT 21"
  echo "activeOn=2026-06-01:"; explain "SELECT id FROM initiative WHERE initiative_runs_on(running, DATE '2026-06-01') = true AND endorsed_at IS NOT NULL ORDER BY created_at DESC, id LIMIT 21"
  echo "tag=mekong:"; explain "SELECT id FROM initiative WHERE tags @> ARRAY['mekong']::varchar[] AND endorsed_at IS NOT NULL ORDER BY created_at DESC, id LIMIT 21"
)

{
  echo
  echo "## initiatives-service queries at $(rows) initiatives — $(date -u +%Y-%m-%d)"
  echo
  echo "- Machine: $MACHINE"
  echo "- Command: \`bench/initiatives/run.sh $N $SECONDS_EACH\` (hey, 4 concurrent clients, ${SECONDS_EACH} s per row, anonymous caller, default page size 20 unless stated; times in ms)"
  echo "- Load average when the measured rows started: $LOAD_MEASURED (other work on the machine counts in it)"
  echo "- Goal (issue 3): p95 ≤ 50 ms through HTTP"
  echo
  echo "| query | req/s | p50 | p95 | p99 | non-200 |"
  echo "|---|---|---|---|---|---|"
  echo "$table"
  echo
  echo "EXPLAIN ANALYZE (plan nodes only) of the SQL Hibernate generates for these queries:"
  echo
  echo '```'
  echo "$explains"
  echo '```'
} | tee -a "$RESULTS"
