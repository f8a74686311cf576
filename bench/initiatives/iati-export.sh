#!/usr/bin/env bash
# Benchmark of the IATI 2.03 export (issue 17): GET /api/v1/initiatives/iati-activities.xml streams every public
# initiative of a database holding at least N of them; reports activities/s and the service's resident memory.
#   bench/initiatives/iati-export.sh [N=100000]
# Fills a dedicated database (BENCH_DB, default initiatives_iati_bench): BENCH_ORIGINALS (2,000) initiatives through
# the service layer, then SQL copies of the public ones, each with a results framework, up to N public initiatives
# (see below). Then it starts the built service on loopback (BENCH_PORT, default 18184; -Xmx512m as in
# bench/initiatives/run.sh), exports everything once to warm up and once measured while sampling the service's RSS
# every 0.1 s and reading its CPU time (activities per CPU-second do not depend on what else the machine runs), and
# appends a section to bench/RESULTS.md
# (BENCH_RESULTS points a trial run elsewhere). BENCH_OUTPUT=<file> also keeps the measured document there (the
# e2e module's IatiExportBenchIT runs this script with a small N and validates that file against the IATI schema).
# Fails when the export does not hold exactly the public initiatives. Goal: >= 5,000 activities/s with RSS growth
# <= 50 MiB. Needs: PostgreSQL on 127.0.0.1:5432, curl, a built initiatives-service.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

N=${1:-100000}
PORT=${BENCH_PORT:-18184}
DB=${BENCH_DB:-initiatives_iati_bench}
OUTPUT=${BENCH_OUTPUT:-/dev/null}
JAR=$bench_root/initiatives-service/target/quarkus-app/quarkus-run.jar
TOOLS=$bench_root/bench/tools/initiatives/target/quarkus-app/quarkus-run.jar
BASE=http://127.0.0.1:$PORT
MACHINE=$(machine)
export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/$DB QUARKUS_LOG_CONSOLE_JSON_ENABLED=false
# Anonymous reads only, and no Keycloak on the bench (see bench/initiatives/run.sh).
export QUARKUS_OIDC_TENANT_ENABLED=false

[ -f "$JAR" ] && [ -f "$TOOLS" ] || (cd "$bench_root" && ./mvnw -q -B package -DskipTests -pl bench/tools/initiatives -am)
# Run a private copy, so a rebuild in the working tree cannot pull jars from under the benchmark.
WORK=$(mktemp -d /tmp/acde-iati-bench.XXXXXX)
cp -r "$(dirname "$JAR")" "$WORK/quarkus-app"
JAR=$WORK/quarkus-app/quarkus-run.jar
"$bench_root/deploy/local/databases.sh" >/dev/null
psql -h 127.0.0.1 -U postgres -qAt -c "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB OWNER acde"

sql() { psql -h 127.0.0.1 -U postgres -d "$DB" -qAt -v ON_ERROR_STOP=1 -c "$1"; }
count() { sql "SELECT count(*) FROM initiative WHERE $1" 2>/dev/null || echo 0; }
# Realistic originals through the service layer (rules, codes, lifecycle, history); a later run resumes.
ORIGINALS=$(( N < ${BENCH_ORIGINALS:-2000} ? N : ${BENCH_ORIGINALS:-2000} ))
have=$(count "created_by <> 'bench-copy'")
if [ "$have" -lt "$ORIGINALS" ]; then
  echo "Seeding $((ORIGINALS - have)) initiatives through the service layer ..."
  start=$(date +%s)
  QUARKUS_HTTP_PORT=0 java -jar "$TOOLS" seed "$((ORIGINALS - have))" 42 "$have" >"$WORK/seed.log" 2>&1
  echo "seeded in $(( $(date +%s) - start )) s"
fi
# Then copies of the public originals in SQL, up to N public initiatives (seeding 130,000 through the service layer
# takes hours on a shared machine): new ids and codes, the same parties and tags, and each copy a results framework
# the originals lack: an indicator with a baseline and two targets, and a progress report with its actual broken
# down by party and sex.
need=$(( N - $(count "endorsed_at IS NOT NULL") ))
if [ "$need" -gt 0 ]; then
  echo "Copying public initiatives in SQL: $need more ..."
  originals=$(count "endorsed_at IS NOT NULL AND created_by <> 'bench-copy'")
  copies=$(count "created_by = 'bench-copy'")
  sql "
    CREATE TEMP TABLE copy AS
      SELECT gen_random_uuid() AS id, s.id AS source, k FROM
        (SELECT id FROM initiative WHERE endorsed_at IS NOT NULL AND created_by <> 'bench-copy') s
        CROSS JOIN generate_series($copies + 1, $copies + $need / $originals + 1) k
      ORDER BY k, s.id LIMIT $need;
    INSERT INTO initiative (id, code, title, summary, objectives, target_groups, measure, sub_area_codes, lead_party,
        organisations, mechanism_names, documents, planned_start, planned_end, actual_start, actual_end,
        budget_original_amount, budget_original_currency, budget_revised_amount, budget_revised_currency, status,
        endorsed_at, created_by, created_at, updated_by, updated_at, version, party_mask, participating_parties, tags)
      SELECT c.id, i.code || '-B' || c.k, i.title, i.summary, i.objectives, i.target_groups, i.measure, i.sub_area_codes,
        i.lead_party, i.organisations, i.mechanism_names, i.documents, i.planned_start, i.planned_end, i.actual_start,
        i.actual_end, i.budget_original_amount, i.budget_original_currency, i.budget_revised_amount,
        i.budget_revised_currency, i.status, i.endorsed_at, 'bench-copy', now(), 'bench-copy', now(), 0, i.party_mask,
        i.participating_parties, i.tags
      FROM copy c JOIN initiative i ON i.id = c.source;
    INSERT INTO indicator (id, initiative_id, title, description, level, unit, ascending, baseline, targets,
        created_at, version)
      SELECT gen_random_uuid(), c.id, 'Organisations taking part', 'Public bodies and firms that joined the pilot',
        'OUTPUT', 'COUNT', true, '{\"value\": 0, \"text\": null, \"date\": \"2025-01-01\"}',
        '[{\"period\": \"2025-H1\", \"value\": 20, \"text\": null}, {\"period\": \"2025\", \"value\": 50, \"text\": null}]',
        now(), 0
      FROM copy c;
    INSERT INTO progress_report (id, initiative_id, period, party, narrative, actuals, submitted_by, submitted_at)
      SELECT gen_random_uuid(), c.id, '2025-H1', i.lead_party, 'On track.',
        jsonb_build_array(jsonb_build_object('indicatorId', d.id, 'value', 12, 'text', null,
          'byParty', jsonb_build_array(jsonb_build_object('party', i.lead_party, 'value', 12)),
          'bySex', jsonb_build_array(jsonb_build_object('sex', 'F', 'value', 7), jsonb_build_object('sex', 'M', 'value', 5)))),
        'bench-copy', now()
      FROM copy c JOIN initiative i ON i.id = c.id JOIN indicator d ON d.initiative_id = c.id;"
  psql -h 127.0.0.1 -U postgres -d "$DB" -qc "VACUUM ANALYZE"
fi
public() { count "endorsed_at IS NOT NULL"; }
PUBLIC=$(public)

QUARKUS_HTTP_PORT=$PORT java -Xmx512m -jar "$JAR" >"$WORK/service.log" 2>&1 &
pid=$!
sampler=
trap 'kill $sampler 2>/dev/null || true; kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$WORK"' EXIT
wait_ready "$BASE/q/health/ready"

rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$pid/status"; }
# The service's CPU time in ms (user + system): a rate per CPU-second does not depend on what else the machine runs.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat"; }
mib() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }

# export NAME OUT: one whole export, its activities counted as they stream (one per line), RSS sampled meanwhile.
export_once() {
  local name=$1 out=$2 before peak start end count bytes seconds cpu
  before=$(rss_kib)
  cpu=$(cpu_ms)
  (while kill -0 "$pid" 2>/dev/null; do rss_kib; sleep 0.1; done) >"$WORK/rss-$name" &
  sampler=$!
  start=$(date +%s.%N)
  count=$(curl -fsS "$BASE/api/v1/initiatives/iati-activities.xml" | tee "$out" | tee >(wc -c >"$WORK/bytes-$name") \
    | grep -c '^<iati-activity ')
  end=$(date +%s.%N)
  cpu=$(( $(cpu_ms) - cpu ))
  kill $sampler 2>/dev/null || true
  wait $sampler 2>/dev/null || true
  sampler=
  sleep 0.2   # the byte count's process substitution finishes after the pipeline
  peak=$(sort -n "$WORK/rss-$name" | tail -1)
  [ "${peak:-0}" -ge "$before" ] || peak=$before
  bytes=$(cat "$WORK/bytes-$name")
  seconds=$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.1f", e - s}')
  if [ "$count" -ne "$PUBLIC" ]; then
    echo "The $name export held $count activities; the database has $PUBLIC public initiatives" >&2
    exit 1
  fi
  printf '| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$count" "$seconds" \
    "$(awk -v c="$count" -v s="$start" -v e="$end" 'BEGIN {printf "%.0f", c / (e - s)}')" \
    "$(awk -v c="$cpu" 'BEGIN {printf "%.1f", c / 1000}')" "$(awk -v n="$count" -v c="$cpu" 'BEGIN {printf "%.0f", (c > 0 ? n * 1000 / c : 0)}')" \
    "$(mib $((bytes / 1024)))" "$(mib "$before")" "$(mib "$peak")" "$(mib $((peak - before)))"
}

warm=$(export_once warm-up /dev/null)
LOAD_MEASURED=$(cut -d' ' -f1-3 /proc/loadavg)
measured=$(export_once measured "$OUTPUT")

{
  echo
  echo "## initiatives-service: IATI 2.03 export of $PUBLIC public initiatives — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- Machine: $MACHINE"
  echo "- Command: \`bench/initiatives/iati-export.sh $N\` (one anonymous \`curl\` of \`/api/v1/initiatives/iati-activities.xml\`, the service on -Xmx512m, RSS of the service process sampled every 0.1 s)"
  echo "- Load average when the measured export started: $LOAD_MEASURED (other work on the machine counts in it)"
  echo "- Goal (issue 17): ≥ 5,000 activities/s with RSS growth ≤ 50 MiB"
  echo
  echo "| export | activities | seconds | activities/s | service CPU s | activities per service CPU-second | MiB written | RSS before (MiB) | RSS peak (MiB) | RSS growth (MiB) |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  echo "$warm"
  echo "$measured"
} | tee -a "$RESULTS"
