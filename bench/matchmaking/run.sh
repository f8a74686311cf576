#!/usr/bin/env bash
# Benchmark of matchmaking-service's matching engine at N opportunities (default 1,000,000).
#   bench/matchmaking/run.sh [N=1000000] [seconds of load=60] [queries for the naive comparison=30]
# 1. Bulk-loads N opportunities (and N/4 enterprises) into a dedicated database (matchmaking_bench) with the
#    COPY seeder of matchmaking-tools (bench/tools/matchmaking: `seed N`), unless it holds them already; reports rows/s.
# 2. Starts the built service on loopback and drives GET /api/v1/opportunities/{id}/matches?limit=20 over HTTP with
#    4 concurrent clients (bench/matchmaking/Load.java), cycling through 500 different published opportunities.
# 3. With the service stopped, times the fast path against the naive scorer in-process on the same data
#    (matchmaking-tools' `compare Q`), which also checks that both return the same top 20.
# Appends a section to bench/RESULTS.md. Needs PostgreSQL on 127.0.0.1:5432 and JDK 17; no Keycloak (anonymous reads).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

N=${1:-1000000}
SECONDS_LOAD=${2:-60}
QUERIES=${3:-30}
CLIENTS=4
PORT=${BENCH_PORT:-18182}
DB=matchmaking_bench
JAR=$bench_root/matchmaking-service/target/quarkus-app/quarkus-run.jar
TOOLS=$bench_root/bench/tools/matchmaking/target/quarkus-app/quarkus-run.jar
BASE=http://127.0.0.1:$PORT
MACHINE=$(machine)
JVM_OPTS=${ACDE_BENCH_JVM_OPTS:--Xmx1g}
WORK=$(mktemp -d)
export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
  QUARKUS_HTTP_ACCESS_LOG_ENABLED=false QUARKUS_OIDC_TENANT_ENABLED=false

[ -f "$JAR" ] && [ -f "$TOOLS" ] || (cd "$bench_root" && ./mvnw -q -B package -DskipTests -pl bench/tools/matchmaking -am)
# Run private copies, so a rebuild in the working tree cannot pull jars from under the benchmark.
cp -r "$(dirname "$JAR")" "$WORK/quarkus-app"
JAR=$WORK/quarkus-app/quarkus-run.jar
cp -r "$(dirname "$TOOLS")" "$WORK/tools-app"
TOOLS=$WORK/tools-app/quarkus-run.jar
"$bench_root/deploy/local/postgres.sh" ensure
"$bench_root/deploy/local/databases.sh" >/dev/null
psql() { command psql -h 127.0.0.1 -U postgres -qAt "$@"; }

have=$(psql -d "$DB" -c "SELECT count(*) FROM opportunity" 2>/dev/null || echo 0)
seeded="(database already held $have opportunities; not re-seeded)"
if [ "$have" != "$N" ]; then
  psql -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB OWNER acde"
  echo "Seeding $N opportunities ..."
  QUARKUS_HTTP_PORT=0 java $JVM_OPTS -jar "$TOOLS" seed "$N" 42 >"$WORK/seed.log" 2>&1 || { tail -40 "$WORK/seed.log" >&2; exit 1; }
  seeded=$(grep -o 'SEEDED.*' "$WORK/seed.log")
  echo "$seeded"
  psql -d "$DB" -c "VACUUM ANALYZE"
fi
published=$(psql -d "$DB" -c "SELECT count(*) FROM opportunity WHERE status = 'PUBLISHED' AND expires_on >= current_date")

QUARKUS_HTTP_PORT=$PORT java $JVM_OPTS -jar "$JAR" >"$WORK/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$WORK"' EXIT
wait_ready "$BASE/q/health/ready"
psql -d "$DB" -c "SELECT '$BASE/api/v1/opportunities/' || id || '/matches?limit=20' FROM opportunity
  WHERE status = 'PUBLISHED' AND expires_on >= current_date ORDER BY md5(id::text) LIMIT 500" >"$WORK/urls"
# The first call waits for the index to load; then a warm-up so the JIT has compiled the path.
curl -fs -o /dev/null --max-time 600 "$(head -1 "$WORK/urls")"
loaded=$(grep -o 'Matching index: .*' "$WORK/service.log" | head -1)
java "$(dirname "$0")/Load.java" "$WORK/urls" "$CLIENTS" 20 >/dev/null
rss_kib=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
result=$(java "$(dirname "$0")/Load.java" "$WORK/urls" "$CLIENTS" "$SECONDS_LOAD" | grep '^RESULT')
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
echo "$result"
kill $pid
wait $pid 2>/dev/null || true

echo "Comparing with the naive scorer on $QUERIES queries ..."
compare=$(QUARKUS_HTTP_PORT=0 java $JVM_OPTS -jar "$TOOLS" compare "$QUERIES" 7 2>/dev/null | grep '^COMPARE')
echo "$compare"
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" ${2#* }"; }

table=$(cat <<TABLE

## matchmaking-service: matches at $N opportunities ($(date -u +%F))

Command: \`bench/matchmaking/run.sh $N $SECONDS_LOAD $QUERIES\`
Machine: $MACHINE, $(java -version 2>&1 | head -1), service JVM \`$JVM_OPTS\`. The machine has 2 cores shared with
other engineers' builds while this ran: load average $load_before before the measured run, $load_after after.

Bulk load: $seeded. $published published, unexpired opportunities. ${loaded:-index load time not logged}; service RSS after
warm-up $((rss_kib / 1024)) MiB.

\`GET /api/v1/opportunities/{id}/matches?limit=20\` through HTTP, $CLIENTS concurrent clients, ${SECONDS_LOAD} s, cycling
through 500 published opportunities (each request scores and explains 20 matches and reads their 20 rows):

| requests | non-200 | req/s | p50 ms | p90 ms | p99 ms | max ms |
|---|---|---|---|---|---|---|
| $(field requests "$result") | $(field non200 "$result") | $(field rps "$result") | $(field p50_ms "$result") | $(field p90_ms "$result") | $(field p99_ms "$result") | $(field max_ms "$result") |

Fast path against the naive scorer (reads every published candidate of the complementary type from PostgreSQL and
scores each), in-process, one query at a time, top 20, $(field queries "$compare") queries (the fast path after one untimed
pass); wall-clock times, and the fast path's CPU time (what it costs, whatever else the machine runs):

| ranking identical | fast p50 ms | fast p99 ms | fast CPU p50 ms | fast CPU p99 ms | candidates scored p50 / p99 | naive p50 ms | naive p99 ms | naive candidates scored p50 | speed-up (p50) |
|---|---|---|---|---|---|---|---|---|---|
| $(field identical "$compare") of $(field queries "$compare") | $(field fast_p50_ms "$compare") | $(field fast_p99_ms "$compare") | $(field fast_cpu_p50_ms "$compare") | $(field fast_cpu_p99_ms "$compare") | $(field fast_scored_p50 "$compare") / $(field fast_scored_p99 "$compare") | $(field naive_p50_ms "$compare") | $(field naive_p99_ms "$compare") | $(field naive_scored_p50 "$compare") | $(field speedup_p50 "$compare")× |
TABLE
)
echo "$table"
printf '%s\n' "$table" >>"$RESULTS"
