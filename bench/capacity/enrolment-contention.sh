#!/usr/bin/env bash
# Enrolment under contention: CLIENTS connections (default 500) enrol new participants into ONE cohort of 50 seats
# (10 reserved for VN, 10 for TH, 30 open) for DURATION; then the database is checked for overbooking.
# Usage: bench/capacity/enrolment-contention.sh   (env: CLIENTS, DURATION, THREADS, WARMUP)
source "$(dirname "$0")/lib.sh"
need wrk wrk
CLIENTS=${CLIENTS:-500}
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-30s}

machine_info=$(machine)
build_if_missing
fresh_database
start_service
cohort=$(open_cohort 50 '[{"party":"VN","seats":10},{"party":"TH","seats":10}]')
for party in VN TH MY CN; do export "TOKEN_$party=$(token agency $party)"; done
export COHORT_PATH=/api/v1/cohorts/$cohort/enrolments

# A warm-up on another cohort, so the JIT has compiled the path before the measured run (its CPU would be counted).
warm=$(open_cohort 50 '[]')
COHORT_PATH=/api/v1/cohorts/$warm/enrolments wrk -t"$THREADS" -c50 -d"$WARMUP" -s "$(dirname "$0")/enrolment.lua" "$BASE" >/dev/null

load_before=$(load)
cpu_before=$(service_cpu_ms)
result=$(wrk -t"$THREADS" -c"$CLIENTS" -d"$DURATION" --timeout 30s -s "$(dirname "$0")/enrolment.lua" "$BASE" | grep '^RESULT')
load_after=$(load)
cpu_ms=$(($(service_cpu_ms) - cpu_before))
check=$(psql -h 127.0.0.1 -U postgres -d "$DB" -qAt -F' ' -c "SELECT
  count(*) FILTER (WHERE status = 'CONFIRMED'),
  count(*) FILTER (WHERE status = 'WAITLISTED'),
  count(*) FILTER (WHERE seat = 'VN'), count(*) FILTER (WHERE seat = 'TH'), count(*) FILTER (WHERE seat = 'OPEN'),
  count(*), max(position), count(DISTINCT position)
  FROM enrolment WHERE cohort_id = '$cohort'")
stop_service
read -r confirmed waitlisted vn th open rows max_position distinct_positions <<<"$check"
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" ${result#RESULT}"; }

verdict="not overbooked"
[ "$confirmed" -le 50 ] && [ "$vn" -le 10 ] && [ "$th" -le 10 ] && [ "$open" -le 30 ] || verdict="OVERBOOKED"
# Requests still in flight when wrk stops are answered after it stopped counting: up to CLIENTS more rows than 201s.
[ "$rows" -ge "$(field created)" ] && [ "$rows" -le $(($(field created) + CLIENTS)) ] \
  && [ "$max_position" = "$rows" ] && [ "$distinct_positions" = "$rows" ] \
  && [ $((confirmed + waitlisted)) = "$rows" ] || verdict="$verdict; positions have gaps or rows do not match the 201s"
verdict="$verdict; $rows rows, positions 1..$max_position without gaps"

table=$(cat <<TABLE
## capacity-service: enrolment under contention ($(date -u +%F))

Command: \`bench/capacity/enrolment-contention.sh\` (CLIENTS=$CLIENTS DURATION=$DURATION THREADS=$THREADS WARMUP=$WARMUP)
Machine: $machine_info, $(java -version 2>&1 | head -1); load average before the measured run $load_before, after $load_after (other engineers' builds share the CPU).

| clients | requests | 201 | other | socket errors | req/s | p50 ms | p90 ms | p99 ms | max ms | service CPU ms per enrolment | confirmed (VN/TH/open) | waitlisted | check |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
| $CLIENTS | $(field requests) | $(field created) | $(field other) | $(field socket_errors) | $(field rps) | $(field p50_ms) | $(field p90_ms) | $(field p99_ms) | $(field max_ms) | $(awk -v c="$cpu_ms" -v n="$rows" 'BEGIN {printf "%.2f", c / n}') | $confirmed ($vn/$th/$open) | $waitlisted | $verdict |
TABLE
)
echo "$table"
printf '\n%s\n' "$table" >>"$RESULTS"
