#!/usr/bin/env bash
# Benchmark of matching offers for cooperation needs: M needs against N opportunities (defaults 100,000 and 1,000,000).
#   bench/needs/run.sh [N=1000000] [M=100000] [seconds of load=60]
# 1. Bulk-loads N opportunities (and N/4 enterprises) and M needs into a dedicated database (needs_bench) with the
#    COPY seeders of matchmaking-tools (bench/tools/matchmaking: `seed N`, then `seed-needs M`), unless it holds them
#    already.
# 2. Starts the built matchmaking-service on loopback and drives GET /api/v1/needs/{id}/matches?limit=20 over HTTP
#    with 4 concurrent clients (bench/matchmaking/Load.java), cycling through 500 different visible needs.
# Appends a section to bench/RESULTS.md (BENCH_RESULTS elsewhere). Needs PostgreSQL on 127.0.0.1:5432 and JDK 17; no
# Keycloak (anonymous reads). ACDE_BENCH_PORT (18183) and ACDE_BENCH_DATABASE (needs_bench) move a run beside another.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

N=${1:-1000000}
M=${2:-100000}
SECONDS_LOAD=${3:-60}
CLIENTS=4
PORT=${ACDE_BENCH_PORT:-18183}
DB=${ACDE_BENCH_DATABASE:-needs_bench}
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
psql() { command psql -h 127.0.0.1 -U postgres -qAt "$@"; }

have=$(psql -d "$DB" -c "SELECT (SELECT count(*) FROM opportunity) || '/' || (SELECT count(*) FROM need)" 2>/dev/null || echo none)
seeded="(database already held $N opportunities and $M needs; not re-seeded)"
if [ "$have" != "$N/$M" ]; then
  psql -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB OWNER acde"
  echo "Seeding $N opportunities and $M needs ..."
  QUARKUS_HTTP_PORT=0 java $JVM_OPTS -jar "$TOOLS" seed "$N" 42 >"$WORK/seed.log" 2>&1 || { tail -40 "$WORK/seed.log" >&2; exit 1; }
  QUARKUS_HTTP_PORT=0 java $JVM_OPTS -jar "$TOOLS" seed-needs "$M" 43 >>"$WORK/seed.log" 2>&1 || { tail -40 "$WORK/seed.log" >&2; exit 1; }
  seeded=$(grep -o 'SEEDED.*' "$WORK/seed.log" | paste -sd ';' | sed 's/;/; /')
  echo "$seeded"
  psql -d "$DB" -c "VACUUM ANALYZE"
fi
offers=$(psql -d "$DB" -c "SELECT count(*) FROM opportunity WHERE status = 'PUBLISHED' AND expires_on >= current_date
  AND type IN ('TECHNOLOGY_OFFER', 'BUSINESS_OFFER')")

QUARKUS_HTTP_PORT=$PORT java $JVM_OPTS -jar "$JAR" >"$WORK/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$WORK"' EXIT
wait_ready "$BASE/q/health/ready"
psql -d "$DB" -c "SELECT '$BASE/api/v1/needs/' || id || '/matches?limit=20' FROM need
  WHERE status <> 'WITHDRAWN' ORDER BY md5(id::text) LIMIT 500" >"$WORK/urls"
# The first call waits for the index to load; then a warm-up so the JIT has compiled the path.
curl -fs -o /dev/null --max-time 600 "$(head -1 "$WORK/urls")"
loaded=$(grep -o 'Matching index: .*' "$WORK/service.log" | head -1)
items=$(curl -fs "$(head -1 "$WORK/urls")" | grep -o '"rank":' | wc -l)
java "$bench_root/bench/matchmaking/Load.java" "$WORK/urls" "$CLIENTS" 20 >/dev/null
rss_kib=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
result=$(java "$bench_root/bench/matchmaking/Load.java" "$WORK/urls" "$CLIENTS" "$SECONDS_LOAD" | grep '^RESULT')
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
echo "$result"
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" ${2#* }"; }

table=$(cat <<TABLE

## matchmaking-service: offers for needs, $M needs against $N opportunities ($(date -u +%F))

Command: \`${ACDE_BENCH_PORT:+ACDE_BENCH_PORT=$PORT }${ACDE_BENCH_DATABASE:+ACDE_BENCH_DATABASE=$DB }bench/needs/run.sh $N $M $SECONDS_LOAD\`
Machine: $MACHINE, $(java -version 2>&1 | head -1), service JVM \`$JVM_OPTS\`. The machine has 2 cores shared with
other engineers' builds while this ran: load average $load_before before the measured run, $load_after after.

Bulk load: $seeded. $offers published, unexpired offers (technology and business) to rank. ${loaded:-index load time not logged};
service RSS after warm-up $((rss_kib / 1024)) MiB. The first need asked got $items matches.

\`GET /api/v1/needs/{id}/matches?limit=20\` through HTTP, $CLIENTS concurrent clients, ${SECONDS_LOAD} s, cycling through 500
needs that are not withdrawn (each request reads the need, ranks both offer types with the opportunity engine, explains
20 matches and reads their rows):

| requests | non-200 | req/s | p50 ms | p90 ms | p99 ms | max ms |
|---|---|---|---|---|---|---|
| $(field requests "$result") | $(field non200 "$result") | $(field rps "$result") | $(field p50_ms "$result") | $(field p90_ms "$result") | $(field p99_ms "$result") | $(field max_ms "$result") |
TABLE
)
echo "$table"
printf '%s\n' "$table" >>"$RESULTS"
