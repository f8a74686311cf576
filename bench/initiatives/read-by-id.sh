#!/usr/bin/env bash
# Read by id vs pgbench select-only on the same PostgreSQL: how close does initiatives-service get to the database's
# own limit for the same row?
#   bench/initiatives/read-by-id.sh [connections=16] [seconds=20]
#   env: DB (initiatives_bench, the database of bench/initiatives/run.sh), MIN_ROWS (1000: seeded through the service
#        layer if the database holds fewer), IDS (10000: how many published ids are read), BENCH_PORT (18184;
#        18181 is run.sh's, 18182 the matchmaking bench's, 18183 the capacity benches')
# 1. Picks up to IDS published initiatives (endorsed, so anonymous callers see them) at random and stores them as
#    bench.read_ids(n, id) in the same database.
# 2. Starts the built service on loopback like run.sh does (OIDC tenant off, anonymous reads, -Xmx512m),
#    warms it up 4 x 10 s, then drives GET /api/v1/initiatives/{id} with wrk (2 threads, C connections, a random id per request).
# 3. Stops the service and runs pgbench (2 threads, C clients, same duration, prepared statements) with a custom
#    select-only script that reads the same rows by primary key:
#      SELECT i.* FROM initiative i JOIN bench.read_ids b ON b.id = i.id WHERE b.n = random(1, IDS)
#    (the join on the small id table stands in for a random uuid, which pgbench cannot draw; it adds one index probe).
# 4. Prints requests/s of each and the ratio service / pgbench, and appends the table to bench/RESULTS.md.
# Bounded: start-up deadline 90 s, 40 s + 5 s warm-up, 2 × seconds measured; about 110 s with the defaults.
# Needs: PostgreSQL on 127.0.0.1:5432 (trust), wrk, pgbench, a built initiatives-service. Not part of CI.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

CONNECTIONS=${1:-16}
SECONDS_EACH=${2:-20}
DB=${DB:-initiatives_bench}
MIN_ROWS=${MIN_ROWS:-1000}
IDS=${IDS:-10000}
PORT=${BENCH_PORT:-18184}
BASE=http://127.0.0.1:$PORT
JAR=$bench_root/initiatives-service/target/quarkus-app/quarkus-run.jar
TOOLS=$bench_root/bench/tools/initiatives/target/quarkus-app/quarkus-run.jar
MACHINE=$(machine)
for tool in wrk pgbench; do command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install -y $tool)" >&2; exit 1; }; done

export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/$DB QUARKUS_LOG_CONSOLE_JSON_ENABLED=false
# Anonymous reads only and no Keycloak, as in run.sh: OIDC discovery retries would be measured instead of the reads.
export QUARKUS_OIDC_TENANT_ENABLED=false

[ -f "$JAR" ] && [ -f "$TOOLS" ] || (cd "$bench_root" && ./mvnw -q -B package -DskipTests -pl bench/tools/initiatives -am)
WORK=$(mktemp -d /tmp/acde-read-by-id.XXXXXX)
# A private copy of the jars, so a rebuild in the working tree cannot pull them from under the benchmark.
cp -r "$(dirname "$JAR")" "$WORK/quarkus-app"
JAR=$WORK/quarkus-app/quarkus-run.jar
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

psql_db() { psql -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -qAt "$@"; }
"$bench_root/deploy/local/postgres.sh" ensure
"$bench_root/deploy/local/databases.sh" >/dev/null
psql -h 127.0.0.1 -U postgres -qAt -c "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB OWNER acde"
rows() { psql_db -c "SELECT count(*) FROM initiative" 2>/dev/null || echo 0; }
have=$(rows)
if [ "$have" -lt "$MIN_ROWS" ]; then
  echo "Seeding $((MIN_ROWS - have)) initiatives through the service layer ..."
  QUARKUS_HTTP_PORT=0 java -jar "$TOOLS" seed "$((MIN_ROWS - have))" 42 "$have" >"$WORK/seed.log" 2>&1
  psql_db -c "VACUUM ANALYZE"
  have=$(rows)
fi

# The ids both clients read: published ones (endorsed_at set: what an anonymous caller may see), in random order.
psql_db -c "CREATE SCHEMA IF NOT EXISTS bench AUTHORIZATION acde" \
  -c "DROP TABLE IF EXISTS bench.read_ids" \
  -c "CREATE TABLE bench.read_ids (n int PRIMARY KEY, id uuid NOT NULL)" \
  -c "INSERT INTO bench.read_ids SELECT row_number() OVER (), id FROM (SELECT id FROM initiative WHERE endorsed_at IS NOT NULL ORDER BY random() LIMIT $IDS) s" \
  -c "ALTER TABLE bench.read_ids OWNER TO acde" -c "ANALYZE bench.read_ids"
nids=$(psql_db -c "SELECT count(*) FROM bench.read_ids")
[ "$nids" -gt 0 ] || { echo "No published initiative in $DB" >&2; exit 1; }
psql_db -c "SELECT id FROM bench.read_ids ORDER BY n" >"$WORK/ids.txt"
xacts() { psql_db -c "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = '$DB'"; }

# Another benchmark's service on the port would answer the readiness check and be measured instead.
if curl -s -o /dev/null --max-time 2 "$BASE/"; then echo "Port $PORT is taken; set BENCH_PORT" >&2; exit 1; fi
echo "Starting initiatives-service on $PORT ($have initiatives, reading $nids published ids) ..."
QUARKUS_HTTP_PORT=$PORT java -Xmx512m -jar "$JAR" >"$WORK/service.log" 2>&1 &
pid=$!
wait_ready "$BASE/q/health/ready" 90
kill -0 "$pid" 2>/dev/null || { tail -n 20 "$WORK/service.log" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/initiatives/$(head -n1 "$WORK/ids.txt")")
[ "$status" = 200 ] || { echo "GET of a published initiative answered $status" >&2; exit 1; }

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<" ${1#RESULT}"; }
export IDS_FILE=$WORK/ids.txt
LUA=$(dirname "$0")/read-by-id.lua
# Warm-up: 4 slices of 10 s, each slice's rate shown (a "settled" test on them was fooled by the noise: slices of
# 1,268, 2,214, 2,574 and 2,380 requests/s were followed by a measured 5,134). On a loaded
# machine the JIT's compiler threads get little CPU: after 10 s of warm-up a run measured 1,066 requests/s and 1.0 ms
# of service CPU per request, after 20 s another measured 2,420 requests/s and 0.51 ms (both at load average 8-9).
echo "Warming up the service (4 x 10 s) ..."
warm_rates=()
for _ in 1 2 3 4; do
  warm_rates+=("$(field "$(wrk -t2 -c"$CONNECTIONS" -d10s -s "$LUA" "$BASE" | grep '^RESULT')" rps)")
done
# Backends hand their statistics to pg_stat_database within 1 s while busy and after 10 s when idle: wait, so the
# warm-up is not counted in the measured run's transactions.
sleep 11
load_service=$(cut -d' ' -f1-3 /proc/loadavg)
x0=$(xacts)
cpu0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
echo "Measuring the service ($SECONDS_EACH s, $CONNECTIONS connections) ..."
service=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 10s -s "$LUA" "$BASE" | grep '^RESULT')
cpu1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=   # its backends exit and flush their statistics
x1=$(xacts)

cat >"$WORK/select.sql" <<'SQL'
\set n random(1, :nids)
SELECT i.* FROM initiative i JOIN bench.read_ids b ON b.id = i.id WHERE b.n = :n;
SQL
PGBENCH=(pgbench -n -M prepared -h 127.0.0.1 -U acde -c "$CONNECTIONS" -j 2 -D "nids=$nids" -f "$WORK/select.sql" "$DB")
echo "Warming up pgbench (5 s) ..."
"${PGBENCH[@]}" -T 5 >/dev/null
x2=$(xacts)
load_pgbench=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Measuring pgbench ($SECONDS_EACH s, $CONNECTIONS clients) ..."
pg=$("${PGBENCH[@]}" -T "$SECONDS_EACH" 2>&1)
x3=$(xacts)
pg_tps=$(awk '/^tps = / {printf "%.1f", $3}' <<<"$pg")
pg_tx=$(awk '/number of transactions actually processed/ {print $NF}' <<<"$pg")
pg_failed=$(awk '/number of failed transactions/ {print $5}' <<<"$pg")
pg_avg=$(awk '/latency average/ {printf "%.3f", $4}' <<<"$pg")

svc_rps=$(field "$service" rps)
svc_requests=$(field "$service" requests)
per() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
ratio=$(awk -v a="$svc_rps" -v b="$pg_tps" 'BEGIN { printf "%.1f %%", 100 * a / b }')
cpu_ms=$(awk -v t="$((cpu1 - cpu0))" -v hz="$(getconf CLK_TCK)" -v n="$svc_requests" 'BEGIN { printf "%.3f", t * 1000 / hz / n }')

TABLE=$(cat <<TABLE
| client | requests/s | avg ms | p50 ms | p99 ms | non-200 / failed | socket errors | DB transactions per request | load average at start |
|---|---|---|---|---|---|---|---|---|
| initiatives-service \`GET /api/v1/initiatives/{id}\` (wrk) | $svc_rps | $(field "$service" avg_ms) | $(field "$service" p50_ms) | $(field "$service" p99_ms) | $(field "$service" other) | $(field "$service" socket_errors) | $(per $((x1 - x0)) "$svc_requests") | $load_service |
| pgbench select of the same row by primary key | $pg_tps | $pg_avg | - | - | ${pg_failed:-0} | - | $(per $((x3 - x2)) "$pg_tx") | $load_pgbench |

Service / pgbench: **$ratio** (service CPU per request: $cpu_ms ms; warm-up slices of 10 s: ${warm_rates[*]} requests/s).
TABLE
)
echo
echo "$TABLE"
{
  echo
  echo "## Read by id vs pgbench select-only — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- Command: \`bench/initiatives/read-by-id.sh $CONNECTIONS $SECONDS_EACH\` (DB=$DB with $have initiatives, $nids published ids read at random)"
  echo "- Machine: $MACHINE"
  echo "- Same PostgreSQL, same rows, $CONNECTIONS concurrent connections, ${SECONDS_EACH} s each, one after the other;"
  echo "  wrk $(wrk -v 2>&1 | head -n1 | awk '{print $2}') with 2 threads against the service (anonymous, OIDC tenant off, -Xmx512m,"
  echo "  warmed up 4 x 10 s), then $(pgbench --version) with 2 threads, prepared statements (warmed up 5 s)."
  echo "  DB transactions per request come from pg_stat_database.xact_commit over the measured run (statements the"
  echo "  service runs outside a transaction count one each)."
  echo
  echo "$TABLE"
} >>"$RESULTS"
echo
echo "Appended to bench/RESULTS.md"
