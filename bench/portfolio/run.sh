#!/usr/bin/env bash
# An initiative's portfolio (GET /api/v1/initiatives/{id}/portfolio) through the gateway, on the demo data:
#   deploy/local/stack up --seed
#   bench/portfolio/run.sh [seconds=60] [clients=2] [rate=40]
# Lists the initiatives the demo secretariat sees, then CLIENTS threads ask for their portfolios in turn, RATE
# requests/s in all (below the secretariat client's rate limit of 3000 a minute), with the secretariat's token (the
# caller who sees the most: every section full), after a warm-up of 10 s; appends p50/p95/p99 to bench/RESULTS.md.
# Environment:
#   ACDE_API_URL       the gateway                    default http://localhost:${ACDE_GATEWAY_PORT:-8080}
#   ACDE_KEYCLOAK_URL  Keycloak (realm acde)          default http://localhost:${KEYCLOAK_PORT:-8180}
#   BENCH_TOKEN        a bearer token to use instead of the demo secretariat's (e.g. from the system tests)
#   BENCH_RESULTS      where to append the results    default bench/RESULTS.md
#   BENCH_WARMUP       seconds of warm-up             default 10
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

SECONDS_LOAD=${1:-60}
CLIENTS=${2:-2}
RATE=${3:-40}
API=${ACDE_API_URL:-http://localhost:${ACDE_GATEWAY_PORT:-8080}}
KEYCLOAK=${ACDE_KEYCLOAK_URL:-http://localhost:${KEYCLOAK_PORT:-8180}}
WARMUP=${BENCH_WARMUP:-10}
MACHINE=$(machine)
WORK=$(mktemp -d /tmp/acde-portfolio-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

if [ -z "${BENCH_TOKEN:-}" ]; then
  BENCH_TOKEN=$(curl -fsS --max-time 10 -d grant_type=client_credentials -d client_id=secretariat-demo \
    -d client_secret=secretariat-demo-dev-secret "$KEYCLOAK/realms/acde/protocol/openid-connect/token" | jq -r .access_token)
fi
export BENCH_TOKEN

curl -fsS --max-time 10 -H "Authorization: Bearer $BENCH_TOKEN" "$API/api/v1/initiatives?limit=100" \
  | jq -r --arg api "$API" '.items[] | "\($api)/api/v1/initiatives/\(.id)/portfolio"' >"$WORK/urls"
initiatives=$(wc -l <"$WORK/urls")
[ "$initiatives" -gt 0 ] || { echo "no initiatives at $API: run deploy/local/stack up --seed first" >&2; exit 1; }
# What one portfolio holds, to say what was measured.
sample=$(curl -fsS --max-time 10 -H "Authorization: Bearer $BENCH_TOKEN" "$(head -n 1 "$WORK/urls")")
[ "$(jq -r .partial <<<"$sample")" = false ] || { echo "a partial portfolio: is every service up? $sample" >&2; exit 1; }
programs=0 opportunities=0
while read -r url; do
  body=$(curl -fsS --max-time 10 -H "Authorization: Bearer $BENCH_TOKEN" "$url")
  programs=$((programs + $(jq '.capacity.programs | length' <<<"$body")))
  opportunities=$((opportunities + $(jq '.matchmaking.opportunities.items | length' <<<"$body")))
done <"$WORK/urls"

if [ "$WARMUP" -gt 0 ]; then
  java "$(dirname "$0")/Load.java" "$WORK/urls" "$CLIENTS" "$WARMUP" "$RATE" >/dev/null
fi
result=$(java "$(dirname "$0")/Load.java" "$WORK/urls" "$CLIENTS" "$SECONDS_LOAD" "$RATE" | grep '^RESULT')
echo "$result"
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<<"$result"; }

{
  echo
  echo "## Initiative portfolio through the gateway — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- Command: \`bench/portfolio/run.sh $SECONDS_LOAD $CLIENTS $RATE\` against $API"
  echo "- Machine: $MACHINE, $(java -version 2>&1 | head -1)"
  echo "- Data: $initiatives initiatives the secretariat sees, with $programs linked programs and $opportunities linked"
  echo "  opportunities in all; every portfolio asked in turn with the secretariat's token (all sections full, 7 upstream"
  echo "  calls plus one per program); ${WARMUP} s warm-up first"
  echo
  echo "| requests | non-200 | requests/s | p50 ms | p95 ms | p99 ms | max ms |"
  echo "|---|---|---|---|---|---|---|"
  echo "| $(field requests) | $(field non200) | $(field rps) | $(field p50_ms) | $(field p95_ms) | $(field p99_ms) | $(field max_ms) |"
} | tee -a "$RESULTS" >/dev/null
[ "$(field non200)" = 0 ] || { echo "some requests failed" >&2; exit 1; }
