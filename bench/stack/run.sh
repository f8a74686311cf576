#!/usr/bin/env bash
# Whole-stack start time and per-process memory, on a built tree:
#   bench/stack/run.sh [runs=3]
# Each run: `deploy/local/stack down`, then `up` (Keycloak already fetched and augmented), timing until every
# readiness check is green; then one first request per service (time to first response of the warm process) and
# each process's RSS after it. Appends a table to bench/RESULTS.md.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

RUNS=${1:-3}
STACK=$bench_root/deploy/local/stack
MACHINE=$(machine)
rss_mib() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
pid_of() { cat "$bench_root/.run/pids/$1.pid"; }

"$STACK" down >/dev/null 2>&1 || true
rows=""
for run in $(seq 1 "$RUNS"); do
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  start=$(date +%s.%N)
  "$STACK" up >/dev/null
  ready=$(echo "$(date +%s.%N) - $start" | bc)
  rows+="| $run | $(printf '%.1f' "$ready") | $load |"$'\n'
  if [ "$run" -lt "$RUNS" ]; then "$STACK" down >/dev/null; fi
done

first=""
for entry in gateway:8080:/api/v1/reference/parties initiatives-service:8081:/api/v1/reference/measures \
             matchmaking-service:8082:/api/v1/matchmaking/stats capacity-service:8083:/api/v1/capacity/stats; do
  IFS=: read -r name port path <<<"$entry"
  read -r code t < <(curl -s -o /dev/null -w "%{http_code} %{time_total}\n" "http://127.0.0.1:$port$path")
  first+="| $name | \`GET $path\` → $code | $(printf '%.0f' "$(echo "$t * 1000" | bc)") | $(rss_mib "$(pid_of "$name")") |"$'\n'
done
kc_pid=$(cat "$bench_root/.run/pids/keycloak.pid")
first+="| keycloak | - | - | $(rss_mib "$kc_pid") |"$'\n'
"$STACK" down >/dev/null

{
  echo
  echo "## Whole stack: start time and memory — $(date -u +%Y-%m-%d)"
  echo
  echo "- Machine: $MACHINE"
  echo "- Command: \`bench/stack/run.sh $RUNS\` (\`deploy/local/stack up\` on a built tree, PostgreSQL already running, Keycloak augmented)"
  echo
  echo "| run | seconds from \`up\` to all ready (Keycloak + 4 services) | load average at start |"
  echo "|---|---|---|"
  printf '%s' "$rows"
  echo
  echo "| process | first request (status) | first request after ready (ms) | RSS after it (MiB) |"
  echo "|---|---|---|---|"
  printf '%s' "$first"
} | tee -a "$RESULTS"
