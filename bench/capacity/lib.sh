#!/usr/bin/env bash
# Shared by the capacity benchmarks: a bench database, a throw-away token key, the service jar on loopback.
# Everything runs on 127.0.0.1 and is stopped by the pid this script started, nothing else.
# ACDE_BENCH_PORT, ACDE_BENCH_DATABASE and ACDE_BENCH_DIR move a run beside another (a test runs scripts in small mode).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# machine() and RESULTS come from the benchmarks' shared helpers.
source "$ROOT/bench/lib.sh"
WORK=${ACDE_BENCH_DIR:-$ROOT/bench/capacity/.work}
PORT=${ACDE_BENCH_PORT:-18183}
BASE=http://127.0.0.1:$PORT
DB=${ACDE_BENCH_DATABASE:-capacity_bench}
ISSUER=acde-bench
JAR=$ROOT/capacity-service/target/quarkus-app/quarkus-run.jar
SERVICE_PID=

mkdir -p "$WORK"

need() {
  command -v "$1" >/dev/null || { echo "needs $1 (apt-get install -y $2)" >&2; exit 1; }
}

# A fresh bench database owned by the service's role (PostgreSQL on 127.0.0.1:5432, trust auth for postgres).
fresh_database() {
  "$ROOT/deploy/local/databases.sh" >/dev/null
  psql -h 127.0.0.1 -U postgres -qAt -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $DB" \
    -c "CREATE DATABASE $DB OWNER acde"
}

build_if_missing() {
  [ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -q -B -pl capacity-service -am package -DskipTests)
}

# An RSA key pair for this run only: the service verifies bench tokens locally (quarkus.oidc.public-key),
# so no Keycloak is needed. Not a secret of any real deployment.
token_key() {
  [ -f "$WORK/token-key.pem" ] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/token-key.pem" 2>/dev/null
  openssl pkey -in "$WORK/token-key.pem" -pubout -outform DER | base64 -w0
}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# token ROLE [PARTY]: a signed access token shaped like Keycloak's, valid for an hour.
token() {
  local role=$1 party=${2:-} now client claims header
  now=$(date +%s)
  client="bench-$role-${party:-all}"
  claims="{\"iss\":\"$ISSUER\",\"aud\":\"acde-api\",\"sub\":\"$client\",\"azp\":\"$client\",\"iat\":$now,\"exp\":$((now + 3600)),\"realm_access\":{\"roles\":[\"$role\"]}${party:+,\"party\":\"$party\"}}"
  header=$(printf '%s' '{"alg":"RS256","typ":"JWT"}' | b64url)
  claims=$(printf '%s' "$claims" | b64url)
  printf '%s.%s.%s' "$header" "$claims" "$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -sign "$WORK/token-key.pem" | b64url)"
}

start_service() {
  local public_key
  public_key=$(token_key)
  rm -rf "$WORK/keys"
  QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
  QUARKUS_OIDC_AUTH_SERVER_URL= \
  QUARKUS_OIDC_PUBLIC_KEY=$public_key \
  QUARKUS_OIDC_TOKEN_ISSUER=$ISSUER \
  QUARKUS_HTTP_ACCESS_LOG_ENABLED=false \
  QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
  ACDE_CERTIFICATES_KEY_DIRECTORY=$WORK/keys \
  ACDE_CERTIFICATES_GENERATE_MISSING_KEY=true \
    java ${ACDE_BENCH_JVM_OPTS:--Xmx512m} -jar "$JAR" >"$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  trap stop_service EXIT
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "$BASE/q/health/ready" && return 0
    kill -0 "$SERVICE_PID" 2>/dev/null || { tail -n 40 "$WORK/service.log" >&2; exit 1; }
    sleep 1
  done
  echo "capacity-service did not get ready; see $WORK/service.log" >&2
  exit 1
}

stop_service() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=
}

# api METHOD PATH TOKEN [BODY]: one JSON call; prints the body, fails on a non-2xx answer.
api() {
  local method=$1 path=$2 token=$3 body=${4:-}
  curl -fsS -X "$method" "$BASE$path" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    ${body:+--data "$body"}
}

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

# A published program of VN with one cohort open for enrolment now; prints the cohort id.
open_cohort() {
  local seats=$1 quotas=$2 provider program start opens closes
  provider=$(token partner VN)
  program=$(api POST /api/v1/programs "$provider" '{"title":"Bench program","description":"Load test","measure":"VI",
    "topics":["CLOUD"],"audiences":["TECHNICIANS"],"providerParty":"VN","providerOrganisation":"Bench Academy",
    "delivery":"ONLINE","languages":["en"]}' | json "['id']")
  api POST "/api/v1/programs/$program/transitions" "$provider" '{"to":"PUBLISHED","reason":"bench"}' >/dev/null
  start=$(date -u -d '+30 days' +%F)
  opens=$(date -u -d '-1 hour' +%FT%TZ)
  closes=$(date -u -d '+20 days' +%FT%TZ)
  api POST "/api/v1/programs/$program/cohorts" "$provider" "{\"startDate\":\"$start\",\"endDate\":\"$start\",
    \"enrolmentOpens\":\"$opens\",\"enrolmentCloses\":\"$closes\",\"timeZone\":\"Asia/Ho_Chi_Minh\",\"seats\":$seats,
    \"quotas\":$quotas,\"completion\":{\"minAttendancePercent\":80,\"passMark\":60}}" | json "['id']"
}

# ended COHORT_ID: moves the cohort's schedule so that it ended yesterday (results are recorded from its last day on);
# its enrolments stay.
ended() {
  local cohort=$1 etag
  etag=$(curl -fsS -o "$WORK/cohort.json" -D - "$BASE/api/v1/cohorts/$cohort" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p')
  python3 - "$WORK/cohort.json" >"$WORK/ended.json" <<'PY'
import datetime, json, sys
cohort = json.load(open(sys.argv[1]))
today = datetime.datetime.now(datetime.timezone.utc).date()
day = lambda offset: (today + datetime.timedelta(days=offset)).isoformat()
body = {key: cohort[key] for key in ("timeZone", "place", "seats", "quotas", "completion") if cohort.get(key) is not None}
body.update(startDate=day(-5), endDate=day(-1), enrolmentOpens=day(-40) + "T00:00:00Z", enrolmentCloses=day(-6) + "T00:00:00Z")
print(json.dumps(body))
PY
  curl -fsS -o /dev/null -X PUT "$BASE/api/v1/cohorts/$cohort" -H "Authorization: Bearer $(token partner VN)" \
    -H "If-Match: $etag" -H 'Content-Type: application/json' --data @"$WORK/ended.json"
}

load() { cut -d' ' -f1-3 /proc/loadavg; }

# CPU milliseconds the service process has used so far (user + system), to cost a request on a shared machine.
service_cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$SERVICE_PID/stat"; }
