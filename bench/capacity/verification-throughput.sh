#!/usr/bin/env bash
# Certificate verification throughput: issues CERTIFICATES real certificates, then POSTs them in turn to
# /api/v1/certificates/verify from CLIENTS connections for DURATION. Goal: at least 2,000 verifications/s.
# Usage: bench/capacity/verification-throughput.sh   (env: CERTIFICATES, CLIENTS, DURATION, THREADS)
source "$(dirname "$0")/lib.sh"
need wrk wrk
CERTIFICATES=${CERTIFICATES:-20}
CLIENTS=${CLIENTS:-64}
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}

machine_info=$(machine)
build_if_missing
fresh_database
start_service
cohort=$(open_cohort "$CERTIFICATES" '[]')
agency=$(token agency VN)
provider=$(token partner VN)
: >"$WORK/credentials.txt"
: >"$WORK/enrolments.txt"
for i in $(seq 1 "$CERTIFICATES"); do
  api POST "/api/v1/cohorts/$cohort/enrolments" "$agency" "{\"participant\":{\"name\":\"Bench $i\",
    \"email\":\"verify-$i@example.org\",\"party\":\"VN\",\"organisationType\":\"GOVERNMENT\",\"consent\":true}}" \
    | json "['id']" >>"$WORK/enrolments.txt"
done
# Results are recorded from the cohort's last day on.
ended "$cohort"
while read -r enrolment; do
  certificate=$(api POST "/api/v1/enrolments/$enrolment/result" "$provider" '{"attendancePercent":95,"score":80}' \
    | json "['certificateId']")
  curl -fsS "$BASE/api/v1/certificates/$certificate" | json "['jwt']" >>"$WORK/credentials.txt"
done <"$WORK/enrolments.txt"
export CREDENTIALS_FILE=$WORK/credentials.txt

wrk -t"$THREADS" -c"$CLIENTS" -d10s -s "$(dirname "$0")/verify.lua" "$BASE" >/dev/null   # JIT warm-up
load_before=$(load)
cpu_before=$(service_cpu_ms)
result=$(wrk -t"$THREADS" -c"$CLIENTS" -d"$DURATION" -s "$(dirname "$0")/verify.lua" "$BASE" | grep '^RESULT')
load_after=$(load)
cpu_ms=$(($(service_cpu_ms) - cpu_before))
stop_service
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" ${result#RESULT}"; }
per_request=$(awk -v c="$cpu_ms" -v n="$(field requests)" 'BEGIN {printf "%.2f", c / n}')
per_core=$(awk -v c="$cpu_ms" -v n="$(field requests)" 'BEGIN {printf "%.0f", n * 1000 / c}')
goal="met"
[ "$(field rps)" -ge 2000 ] || goal="missed by $((2000 - $(field rps)))/s"

table=$(cat <<TABLE
## capacity-service: certificate verification throughput ($(date -u +%F))

Command: \`bench/capacity/verification-throughput.sh\` (CERTIFICATES=$CERTIFICATES CLIENTS=$CLIENTS DURATION=$DURATION THREADS=$THREADS)
Machine: $machine_info, $(java -version 2>&1 | head -1); load average before the measured run $load_before, after $load_after (wrk runs on the same 2 cores; other engineers' builds share them).

| clients | requests | VALID | other verdicts or errors | socket errors | verifications/s | p50 ms | p90 ms | p99 ms | max ms | service CPU ms per verification | verifications per service CPU-second | goal 2,000/s |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
| $CLIENTS | $(field requests) | $(field valid) | $(field other) | $(field socket_errors) | $(field rps) | $(field p50_ms) | $(field p90_ms) | $(field p99_ms) | $(field max_ms) | $per_request | $per_core | $goal |
TABLE
)
echo "$table"
printf '\n%s\n' "$table" >>"$RESULTS"
