#!/usr/bin/env bash
# Start-up time and memory of the local stack, on a built tree, in repeated runs (like a build farm's, each from
# scratch, so one slow start does not make the figure):
#   bench/stack/run.sh [runs=3]
# Each run: `deploy/local/stack down`, then `up` (Keycloak already fetched), timed until every readiness check is
# green (the whole stack, all five apps starting at once); then each app alone: stopped and started again while the
# rest runs, timed from its JVM's launch (the process start time the kernel records) to its first ready answer
# (polled every 20 ms). After the last run the demo data is seeded through the gateway (every service's writes and
# reads) and each process's RSS is read. The apps run with the local stack's JVM options (deploy/local/jvm.options).
# Appends a table to bench/RESULTS.md (or $BENCH_RESULTS).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

RUNS=${1:-3}
STACK=$bench_root/deploy/local/stack
PIDS_DIR=$bench_root/.run/pids
MACHINE=$(machine)
HZ=$(getconf CLK_TCK)
APPS=(events-service:8084 initiatives-service:8081 matchmaking-service:8082 capacity-service:8083 gateway:8080)
rss_mib() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
pid_of() { cat "$PIDS_DIR/$1.pid"; }
# Milliseconds from the JVM's launch (field 22 of /proc/<pid>/stat, in clock ticks since boot) to now.
since_launch_ms() { awk -v hz="$HZ" -v up="$(cut -d' ' -f1 /proc/uptime)" '{printf "%.0f", up * 1000 - $22 * 1000 / hz}' "/proc/$1/stat"; }

# Stops one app, starts it again through the stack script (which starts only what is not running) and prints the
# milliseconds from its JVM's launch to its first ready answer.
alone() {
  local name=$1 port=$2 pid
  kill "$(pid_of "$name")"
  while kill -0 "$(pid_of "$name")" 2>/dev/null; do sleep 0.1; done
  rm -f "$PIDS_DIR/$name.pid"
  "$STACK" up >/dev/null &
  local up=$!
  until [ -s "$PIDS_DIR/$name.pid" ]; do sleep 0.01; done
  pid=$(pid_of "$name")
  until curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do sleep 0.02; done
  since_launch_ms "$pid"
  wait "$up"
}

"$STACK" down >/dev/null 2>&1 || true
whole=""
declare -A ALONE
for run in $(seq 1 "$RUNS"); do
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  start=$(date +%s.%N)
  "$STACK" up >/dev/null
  ready=$(echo "$(date +%s.%N) - $start" | bc)
  whole+="| $run | $(printf '%.1f' "$ready") | $load |"$'\n'
  for entry in "${APPS[@]}"; do
    ALONE[${entry%%:*}]+=" $(alone "${entry%%:*}" "${entry##*:}")"
  done
  if [ "$run" -lt "$RUNS" ]; then "$STACK" down >/dev/null; fi
done

echo "Seeding the demo data through the gateway ..."
"$STACK" seed >/dev/null
median() { tr ' ' '\n' | sed '/^$/d' | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
maximum() { tr ' ' '\n' | sed '/^$/d' | sort -g | tail -n 1; }
apps=""
for entry in "${APPS[@]}"; do
  name=${entry%%:*}
  apps+="| $name | $(median <<<"${ALONE[$name]}") | $(maximum <<<"${ALONE[$name]}") |${ALONE[$name]} | $(rss_mib "$(pid_of "$name")") |"$'\n'
done
apps+="| keycloak | - | - | - | $(rss_mib "$(pid_of keycloak)") |"$'\n'
"$STACK" down >/dev/null

{
  echo
  echo "## Whole stack: start time and memory — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- Machine: $MACHINE"
  echo "- Command: \`bench/stack/run.sh $RUNS\` (\`deploy/local/stack up\` on a built tree, PostgreSQL already running, Keycloak fetched)"
  echo "- JVM options of the apps: \`$(grep -v '^#' "$bench_root/deploy/local/jvm.options" | xargs)\`"
  echo
  echo "| run | seconds from \`up\` to all ready (Keycloak + 5 apps) | load average at start |"
  echo "|---|---|---|"
  printf '%s' "$whole"
  echo
  echo "| process | alone: launch to first ready answer, median of $RUNS (ms) | max (ms) | each run (ms) | RSS after the demo data was seeded (MiB) |"
  echo "|---|---|---|---|---|"
  printf '%s' "$apps"
} | tee -a "$RESULTS"
