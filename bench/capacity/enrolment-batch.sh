#!/usr/bin/env bash
# Enrolment batches: BATCHES batches of ROWS rows each (default 1,000, the cap), alternately JSON and CSV, each into a
# cohort of its own with SEATS seats (the rest waitlisted), one request at a time, timed by curl from request to answer.
# Goal: a 1,000-row batch answers within 2 s. After WARMUP batches that are not counted (JIT), every measured batch
# must answer 200 with ROWS results and write ROWS enrolments.
# Usage: bench/capacity/enrolment-batch.sh   (env: ROWS, BATCHES, WARMUP, SEATS)
source "$(dirname "$0")/lib.sh"
ROWS=${ROWS:-1000}
BATCHES=${BATCHES:-10}
WARMUP=${WARMUP:-5}
SEATS=${SEATS:-200}

# batch_body FORMAT N TAG: a batch of N VN participants with unique emails, as JSON or CSV, into $WORK/batch.<format>.
batch_body() {
  python3 - "$1" "$2" "$3" >"$WORK/batch.$1" <<'PY'
import json, sys
form, rows, tag = sys.argv[1], int(sys.argv[2]), sys.argv[3]
people = [{"name": f"Bench Participant {i}", "email": f"b{tag}-{i}@example.org", "party": "VN",
           "organisationType": "GOVERNMENT", "sex": "FM"[i % 2], "consent": True} for i in range(rows)]
if form == "json":
    print(json.dumps([{"participant": p} for p in people]))
else:
    print("name,email,party,organisationType,sex,consent")
    for p in people:
        print(f"{p['name']},{p['email']},VN,GOVERNMENT,{p['sex']},true")
PY
}

# send_batch FORMAT: posts $WORK/batch.<format> to a new cohort; prints "seconds status results rows_written bytes".
send_batch() {
  local format=$1 cohort type out
  cohort=$(open_cohort "$SEATS" '[{"party":"VN","seats":20}]')
  type=$([ "$format" = json ] && echo application/json || echo text/csv)
  out=$(curl -sS -o "$WORK/answer.json" -w '%{time_total} %{http_code} %{size_upload}' -X POST \
    "$BASE/api/v1/cohorts/$cohort/enrolment-batches" -H "Authorization: Bearer $AGENCY" -H "Content-Type: $type" \
    -H "Idempotency-Key: bench-$cohort" --data-binary @"$WORK/batch.$format")
  read -r seconds status bytes <<<"$out"
  results=$(python3 -c "import json; a = json.load(open('$WORK/answer.json')); print(len(a.get('rows', [])))")
  written=$(psql -h 127.0.0.1 -U postgres -d "$DB" -qAt -c "SELECT count(*) FROM enrolment WHERE cohort_id = '$cohort'")
  echo "$seconds $status $results $written $bytes"
}

machine_info=$(machine)
build_if_missing
fresh_database
start_service
AGENCY=$(token agency VN)
for i in $(seq 1 "$WARMUP"); do
  format=$([ $((i % 2)) = 0 ] && echo json || echo csv)
  batch_body "$format" "$ROWS" "w$i"
  send_batch "$format" >/dev/null
done

load_before=$(load)
cpu_before=$(service_cpu_ms)
: >"$WORK/times.txt"
verdict="every batch 200 with $ROWS results and $ROWS rows written"
for i in $(seq 1 "$BATCHES"); do
  format=$([ $((i % 2)) = 0 ] && echo json || echo csv)
  batch_body "$format" "$ROWS" "m$i"
  read -r seconds status results written bytes <<<"$(send_batch "$format")"
  echo "$format $seconds $bytes" >>"$WORK/times.txt"
  if [ "$status" != 200 ] || [ "$results" != "$ROWS" ] || [ "$written" != "$ROWS" ]; then
    verdict="FAILED: batch $i ($format) answered $status with $results results, $written rows written"
  fi
done
cpu_ms=$(($(service_cpu_ms) - cpu_before))
load_after=$(load)
stop_service

# "format median_ms max_ms body_bytes" per format
stats() {
  awk -v f="$1" '$1 == f {print $2 * 1000, $3}' "$WORK/times.txt" | sort -n | awk '
    {t[NR] = $1; b = $2} END {if (NR == 0) exit; printf "%.0f %.0f %d", (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2), t[NR], b}'
}
read -r json_median json_max json_bytes <<<"$(stats json)"
read -r csv_median csv_max csv_bytes <<<"$(stats csv)"
worst=$(awk '{print $2 * 1000}' "$WORK/times.txt" | sort -n | tail -1)
goal="met"
awk -v w="$worst" 'BEGIN {exit !(w <= 2000)}' || goal="MISSED (slowest ${worst%.*} ms)"
[ "$ROWS" = 1000 ] || goal="n/a ($ROWS rows, not 1,000)"

table=$(cat <<TABLE
## capacity-service: enrolment batches of $ROWS rows ($(date -u +%FT%H:%MZ))

Command: \`bench/capacity/enrolment-batch.sh\` (ROWS=$ROWS BATCHES=$BATCHES WARMUP=$WARMUP SEATS=$SEATS)
Machine: $machine_info, $(java -version 2>&1 | head -1); load average before the measured batches $load_before, after $load_after (other engineers' builds share the CPU).
Each batch into a new cohort of $SEATS seats (20 reserved for VN), one request at a time, time from curl's request to the whole answer; an Idempotency-Key on each.

| format | batches | body bytes | median ms | max ms | service CPU ms per row (both formats) | goal ≤ 2,000 ms per 1,000-row batch | check |
|---|---|---|---|---|---|---|---|
| JSON | $((BATCHES / 2)) | ${json_bytes:-—} | ${json_median:-—} | ${json_max:-—} | $(awk -v c="$cpu_ms" -v n="$((ROWS * BATCHES))" 'BEGIN {printf "%.3f", c / n}') | $goal | $verdict |
| CSV | $((BATCHES - BATCHES / 2)) | ${csv_bytes:-—} | ${csv_median:-—} | ${csv_max:-—} | | | |
TABLE
)
echo "$table"
printf '\n%s\n' "$table" >>"$RESULTS"
[[ $verdict != FAILED* ]]
