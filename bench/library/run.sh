#!/usr/bin/env bash
# Benchmark of the knowledge exchange library's search: full text, filters and paging at N items (default 100,000).
#   bench/library/run.sh [N=100000] [seconds per scenario=15]
# 1. Starts the built initiatives-service on loopback against its own database (library_bench; Flyway creates the
#    schema), then loads N items with generate_series (load.sql): no HTTP, so only the reads are timed. A database
#    that holds N items already is kept as it is.
# 2. Drives each query with `hey` (4 concurrent clients, anonymous: what the public reads) and appends a table plus
#    the EXPLAIN plans of the SQL behind the slowest kinds of query to bench/RESULTS.md.
# Needs: PostgreSQL on 127.0.0.1:5432, hey (apt-get install hey), JDK 17. No Keycloak: anonymous reads only.
# ACDE_BENCH_PORT (18186) and ACDE_BENCH_DATABASE (library_bench) move a run beside another.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

N=${1:-100000}
SECONDS_EACH=${2:-15}
PORT=${ACDE_BENCH_PORT:-18186}
DB=${ACDE_BENCH_DATABASE:-library_bench}
BASE=http://127.0.0.1:$PORT
JAR=$bench_root/initiatives-service/target/quarkus-app/quarkus-run.jar
HERE=$(cd "$(dirname "$0")" && pwd)
MACHINE=$(machine)
WORK=$(mktemp -d)
psql() { command psql -h 127.0.0.1 -U postgres -qAt -v ON_ERROR_STOP=1 "$@"; }

[ -f "$JAR" ] || (cd "$bench_root" && ./mvnw -q -B package -DskipTests -pl initiatives-service -am)
# Run a private copy, so a rebuild in the working tree cannot pull jars from under the benchmark.
cp -r "$(dirname "$JAR")" "$WORK/quarkus-app"
"$bench_root/deploy/local/postgres.sh" ensure
"$bench_root/deploy/local/databases.sh" >/dev/null
have=$(psql -d "$DB" -c "SELECT count(*) FROM library_item" 2>/dev/null || echo 0)
if [ "$have" != "$N" ]; then
  psql -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB OWNER acde"
fi

# With its OpenID provider unreachable a service retries discovery on requests, which would be measured instead.
QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_OIDC_TENANT_ENABLED=false \
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB ACDE_EVENTS_RELAY_ENABLED=false \
QUARKUS_HTTP_ACCESS_LOG_ENABLED=false QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
  java ${ACDE_BENCH_JVM_OPTS:--Xmx512m} -jar "$WORK/quarkus-app/quarkus-run.jar" >"$WORK/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; cp "$WORK/service.log" "${TMPDIR:-/tmp}/library-bench-service.log"; rm -rf "$WORK"' EXIT
wait_ready "$BASE/q/health/ready" || { tail -40 "$WORK/service.log" >&2; exit 1; }

loaded="(the database held them already; not loaded again)"
if [ "$have" != "$N" ]; then
  echo "Loading $N library items ..."
  started=$SECONDS
  psql -d "$DB" -v n="$N" -f "$HERE/load.sql" >/dev/null
  loaded="loaded with generate_series in $((SECONDS - started)) s"
fi
size=$(psql -d "$DB" -c "SELECT pg_size_pretty(pg_total_relation_size('library_item')) || ', and ' || pg_size_pretty(pg_total_relation_size('library_item_terms')) || ' of terms'")
public=$(psql -d "$DB" -c "SELECT count(*) FROM library_item WHERE published_at IS NOT NULL")
echo "$N items $loaded ($size; $public public)"

ITEMS=$BASE/api/v1/library/items
id=$(curl -fs "$ITEMS?limit=1" | sed -E 's/.*"items":\[\{"id":"([^"]+)".*/\1/')
cursor=$(curl -fs "$ITEMS?limit=100&measure=III" | sed -E 's/.*"nextCursor":"([^"]+)".*/\1/')
scenarios=(
  "list, newest publication first|$ITEMS"
  "documentType=STANDARD|$ITEMS?documentType=STANDARD"
  "measure=V|$ITEMS?measure=V"
  "subArea=AI_GOVERNANCE|$ITEMS?subArea=AI_GOVERNANCE"
  "party=VN|$ITEMS?party=VN"
  "language=zh (zh-Hans, zh-Hant)|$ITEMS?language=zh"
  "publishedFrom=2024-01-01&publishedTo=2024-12-31|$ITEMS?publishedFrom=2024-01-01&publishedTo=2024-12-31"
  "q=cybersecurity|$ITEMS?q=cybersecurity"
  "q=\"data protection\"|$ITEMS?q=%22data%20protection%22"
  "q=region (a tenth of the rows)|$ITEMS?q=region"
  "q=artificial intelligence&party=SG|$ITEMS?q=artificial%20intelligence&party=SG"
  "q=interoperability&measure=II&language=en|$ITEMS?q=interoperability&measure=II&language=en"
  "documentType=CASE_STUDY&measure=VII&party=LA|$ITEMS?documentType=CASE_STUDY&measure=VII&party=LA"
  "sort=title&limit=100|$ITEMS?sort=title&limit=100"
  "second page by cursor (measure=III)|$ITEMS?limit=100&measure=III&cursor=$cursor"
  "get one by id|$ITEMS/$id"
)
for s in "${scenarios[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "${s#*|}")
  [ "$code" = 200 ] || { echo "not 200 ($code): ${s#*|}" >&2; exit 1; }
done
for s in "${scenarios[@]}"; do hey -z 2s -c 4 "${s#*|}" >/dev/null; done   # warm-up
LOAD_MEASURED=$(cut -d' ' -f1-3 /proc/loadavg)

table=$(for s in "${scenarios[@]}"; do hey_row "${s%%|*}" "${s#*|}" -z "${SECONDS_EACH}s" -c 4; done)
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

explain() {
  # An error (a function renamed by a migration, say) is printed in the block instead of leaving it silently empty.
  psql -d "$DB" -c "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) $1" 2>&1 \
    | grep -E "Index|Scan|Bitmap|Limit|Sort|ERROR" | sed 's/^/    /'
}
# The SQL of LibraryItemFilters (party bits in the order of the Party enum: VN = 1 << 9, SG = 1 << 7, LA = 1 << 3).
explains=$(
  echo "list newest public:"; explain "SELECT id FROM library_item WHERE published_at IS NOT NULL ORDER BY publication_date DESC, id LIMIT 21"
  echo "count public:"; explain "SELECT count(id) FROM library_item WHERE published_at IS NOT NULL"
  echo "q=cybersecurity:"; explain "SELECT id FROM library_item WHERE initiative_matches(search, 'cybersecurity') AND published_at IS NOT NULL ORDER BY publication_date DESC, id LIMIT 21"
  echo "count q=region (library_item_terms, V9):"; explain "SELECT count(id) FROM library_item_terms WHERE library_terms_match(terms, 'region') AND published_at IS NOT NULL"
  echo "count q=\"data protection\" (library_item_terms, V9):"; explain "SELECT count(id) FROM library_item_terms WHERE library_terms_match(terms, '\"data protection\"') AND published_at IS NOT NULL"
  echo "subArea=AI_GOVERNANCE:"; explain "SELECT id FROM library_item WHERE sub_area_codes @> ARRAY['AI_GOVERNANCE']::varchar[] AND published_at IS NOT NULL ORDER BY publication_date DESC, id LIMIT 21"
  echo "count party=VN:"; explain "SELECT count(id) FROM library_item WHERE initiative_includes(party_mask, 512) AND published_at IS NOT NULL"
  echo "count language=zh:"; explain "SELECT count(id) FROM library_item WHERE (language_key = 'zh' OR language_key LIKE 'zh-%') AND published_at IS NOT NULL"
)

{
  echo
  echo "## Library search at $N items — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- Machine: $MACHINE"
  echo "- Command: \`bench/library/run.sh $N $SECONDS_EACH\` (hey, 4 concurrent clients, ${SECONDS_EACH} s per row, anonymous caller, default page size 20 with its total unless stated; times in ms)"
  echo "- Data: $N items $loaded ($size), $public of them public (published or withdrawn)"
  echo "- Load average when the measured rows started: $LOAD_MEASURED; when they ended: $LOAD_AFTER (the machine is shared: other work counts in it)"
  echo "- Goal (issue 18): p95 ≤ 50 ms through HTTP, the same as initiatives' search"
  echo
  echo "| query | req/s | p50 | p95 | p99 | non-200 |"
  echo "|---|---|---|---|---|---|"
  echo "$table"
  echo
  echo "EXPLAIN ANALYZE (plan nodes only) of the SQL behind these queries:"
  echo
  echo '```'
  echo "$explains"
  echo '```'
} | tee -a "$RESULTS"
