#!/usr/bin/env bash
# Shared helpers of the benchmark scripts: machine description, readiness waits, hey result parsing.

bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# BENCH_RESULTS points a trial run elsewhere, so it does not land in the committed results.
RESULTS=${BENCH_RESULTS:-$bench_root/bench/RESULTS.md}

machine() {
  local cores mem cpu load
  cores=$(nproc)
  mem=$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)
  cpu=$(awk -F: '/model name/ {gsub(/^ +/, "", $2); print $2; exit}' /proc/cpuinfo)
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "$cores cores ($cpu), $mem RAM, load average $load at start"
}

wait_ready() {
  local url=$1 timeout=${2:-120}
  for _ in $(seq 1 "$timeout"); do
    curl -fs -o /dev/null "$url" && return 0
    sleep 1
  done
  echo "not ready: $url" >&2
  return 1
}

# hey_row NAME URL [hey options...] -> "| NAME | rps | p50 | p95 | p99 | errors |" (milliseconds)
hey_row() {
  local name=$1 url=$2
  shift 2
  local out
  out=$(hey "$@" "$url")
  local rps p50 p95 p99 non200
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
  p50=$(awk '/ 50% in/ {printf "%.1f", $3*1000}' <<<"$out")
  p95=$(awk '/ 95% in/ {printf "%.1f", $3*1000}' <<<"$out")
  p99=$(awk '/ 99% in/ {printf "%.1f", $3*1000}' <<<"$out")
  non200=$(awk '/Status code distribution/ {f=1; next} f && /\[/ {gsub(/[\[\]]/, "", $1); if ($1 != "200") n += $2} END {print n+0}' <<<"$out")
  echo "| $name | $rps | $p50 | $p95 | $p99 | $non200 |"
}
