#!/usr/bin/env bash
# Benchmark of events-service's change feed: paging through N stored events (default 1,000,000) as partners do.
#   bench/events/run.sh [N=1000000]
# 1. Starts the built service on loopback against a fresh database (events_bench; Flyway creates the schema), then
#    loads N events into it with generate_series (load.sql): no HTTP, so only the reads are timed. A database that
#    holds N events already is kept as it is.
# 2. Pages through the feed with bench/events/Feed.java, one request at a time from each nextCursor, 100 events per
#    page, as: the secretariat (every event), a partner (its visibility: public, its party's, its own), anonymous with
#    a type prefix (filter and visibility), an agency with a party filter.
# 3. EXPLAIN ANALYZE of a page deep in the filtered anonymous read.
# Appends a section to bench/RESULTS.md. Needs PostgreSQL on 127.0.0.1:5432, JDK 17 and openssl; no Keycloak: the
# service checks tokens signed with a key made for this run (quarkus.oidc.public-key).
# ACDE_BENCH_PORT (18184) and ACDE_BENCH_DATABASE (events_bench) move a run beside another.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

N=${1:-1000000}
PORT=${ACDE_BENCH_PORT:-18184}
DB=${ACDE_BENCH_DATABASE:-events_bench}
BASE=http://127.0.0.1:$PORT
JAR=$bench_root/events-service/target/quarkus-app/quarkus-run.jar
HERE=$(cd "$(dirname "$0")" && pwd)
MACHINE=$(machine)
WORK=$(mktemp -d)
ISSUER=acde-bench
psql() { command psql -h 127.0.0.1 -U postgres -qAt -v ON_ERROR_STOP=1 "$@"; }

[ -f "$JAR" ] || (cd "$bench_root" && ./mvnw -q -B package -DskipTests -pl events-service -am)
# Run a private copy, so a rebuild in the working tree cannot pull jars from under the benchmark.
cp -r "$(dirname "$JAR")" "$WORK/quarkus-app"
"$bench_root/deploy/local/postgres.sh" ensure
"$bench_root/deploy/local/databases.sh" >/dev/null
have=$(psql -d "$DB" -c "SELECT count(*) FROM event" 2>/dev/null || echo 0)
if [ "$have" != "$N" ]; then
  psql -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB OWNER acde"
fi

# A key pair for this run only; tokens shaped like Keycloak's, valid for an hour. Not a secret of any deployment.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2>/dev/null
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
token() { # token CLIENT ROLE [PARTY]
  local now header claims
  now=$(date +%s)
  claims="{\"iss\":\"$ISSUER\",\"aud\":\"acde-api\",\"sub\":\"$1\",\"azp\":\"$1\",\"preferred_username\":\"service-account-$1\",\"iat\":$now,\"exp\":$((now + 3600)),\"realm_access\":{\"roles\":[\"$2\"]}${3:+,\"party\":\"$3\"}}"
  header=$(printf '%s' '{"alg":"RS256","typ":"JWT"}' | b64url)
  claims=$(printf '%s' "$claims" | b64url)
  printf '%s.%s.%s' "$header" "$claims" "$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -sign "$WORK/key.pem" | b64url)"
}

QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 \
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_TOKEN_ISSUER=$ISSUER \
QUARKUS_OIDC_PUBLIC_KEY=$(openssl pkey -in "$WORK/key.pem" -pubout -outform DER | base64 -w0) \
QUARKUS_HTTP_ACCESS_LOG_ENABLED=false QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
  java ${ACDE_BENCH_JVM_OPTS:--Xmx512m} -jar "$WORK/quarkus-app/quarkus-run.jar" >"$WORK/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; cp "$WORK/service.log" "${TMPDIR:-/tmp}/events-bench-service.log"; rm -rf "$WORK"' EXIT
wait_ready "$BASE/q/health/ready" || { tail -40 "$WORK/service.log" >&2; exit 1; }

loaded="(the database held them already; not loaded again)"
if [ "$have" != "$N" ]; then
  echo "Loading $N events ..."
  started=$SECONDS
  psql -d "$DB" -v n="$N" -f "$HERE/load.sql" >/dev/null
  loaded="loaded with generate_series in $((SECONDS - started))s"
fi
size=$(psql -d "$DB" -c "SELECT pg_size_pretty(pg_total_relation_size('event'))")
echo "$N events $loaded ($size)"

SECRETARIAT=$(token secretariat-demo secretariat)
PARTNER=$(token partner-vn-demo partner VN)
AGENCY=$(token agency-th-demo agency TH)
# Warm-up: the JIT compiles the read path; not counted.
java "$HERE/Feed.java" "$BASE" "$SECRETARIAT" "limit=100" 300 >/dev/null

rows=()
slowest=
run() { # run NAME TOKEN QUERY EXPECTED
  local result
  result=$(java "$HERE/Feed.java" "$BASE" "$2" "$3" | grep '^RESULT')
  echo "$1: $result"
  local events pages seconds rate p50 p99
  events=$(sed -E 's/.*events=([0-9]+).*/\1/' <<<"$result")
  [ "$events" = "$4" ] || { echo "$1 read $events events, the database holds $4 for it" >&2; exit 1; }
  pages=$(sed -E 's/.*pages=([0-9]+).*/\1/' <<<"$result")
  seconds=$(sed -E 's/.*seconds=([0-9.]+).*/\1/' <<<"$result")
  rate=$(sed -E 's/.*events_per_s=([0-9]+).*/\1/' <<<"$result")
  p50=$(sed -E 's/.*p50_ms=([0-9.]+).*/\1/' <<<"$result")
  p99=$(sed -E 's/.*p99_ms=([0-9.]+).*/\1/' <<<"$result")
  rows+=("| $1 | \`$3\` | $events | $pages | $seconds | **$rate** | $p50 | $p99 |")
  if [ -z "$slowest" ] || [ "$rate" -lt "$slowest" ]; then slowest=$rate; fi
}
count() { psql -d "$DB" -c "SELECT count(*) FROM event WHERE $1"; }

run "secretariat, every event" "$SECRETARIAT" "limit=100" "$N"
run "partner VN (own client, VN, public)" "$PARTNER" "limit=100" \
  "$(count "audience && ARRAY['anyone', 'party:VN', 'client:partner-vn-demo']")"
run "anonymous, interest events" - "limit=100&type=org.acde.matchmaking.interest." \
  "$(count "audience && ARRAY['anyone'] AND starts_with(type, 'org.acde.matchmaking.interest.')")"
run "agency TH, events about TH" "$AGENCY" "limit=100&party=TH" \
  "$(count "parties @> ARRAY['TH'] AND audience && ARRAY['anyone', 'party:TH', 'agency:TH', 'client:agency-th-demo']")"

deep=$(psql -d "$DB" -c "SELECT position FROM event WHERE position > $((N * 9 / 10)) AND audience && ARRAY['anyone']
  AND starts_with(type, 'org.acde.matchmaking.interest.') ORDER BY position LIMIT 1")
plan=$(psql -d "$DB" -c "EXPLAIN (ANALYZE, BUFFERS, TIMING OFF)
  SELECT position, payload FROM event WHERE position > $deep AND (starts_with(type, 'org.acde.matchmaking.interest.'))
  AND audience && ARRAY['anyone'] ORDER BY position LIMIT 100")

{
  echo
  echo "## events-service: the change feed at $N events — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- Command: \`${ACDE_BENCH_PORT:+ACDE_BENCH_PORT=$PORT }${ACDE_BENCH_DATABASE:+ACDE_BENCH_DATABASE=$DB }bench/events/run.sh $N\`"
  echo "- Machine: $MACHINE; $(java -version 2>&1 | head -1), PostgreSQL $(psql -d postgres -c 'SHOW server_version')"
  echo "- $N events $loaded (table and indexes: $size); the service (-Xmx512m)"
  echo "  and the reader (bench/events/Feed.java) on loopback, one request at a time from each \`nextCursor\` until an"
  echo "  empty page, 100 events a page, after a warm-up of 300 pages. Each read's count is checked against the database."
  echo
  echo "| Reader | Query | Events | Pages | Seconds | Events/s | p50 page ms | p99 page ms |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Goal: at least 5,000 events/s paging through $N events; the slowest reader read $slowest events/s."
  echo
  echo "A page deep in the filtered anonymous read (EXPLAIN ANALYZE): the primary key from the cursor on, filtered."
  echo
  echo '```'
  echo "$plan"
  echo '```'
} >>"$RESULTS"
echo "Appended to $RESULTS"
