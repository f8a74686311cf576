#!/usr/bin/env bash
# Webhooks: commit-to-delivery latency at a sustained rate, to a receiver on loopback.
#   bench/webhooks/run.sh [events per second=200] [seconds=60] [events per ingestion request=10]
# Starts the built events-service on loopback (database webhooks_bench, created afresh; ACDE_BENCH_PORT (18484),
# ACDE_BENCH_RECEIVER_PORT (18485) and ACDE_BENCH_DATABASE move a run beside another) with a token key of its own
# (no Keycloak: QUARKUS_OIDC_PUBLIC_KEY), subscribes a Node.js receiver (bench/webhooks/receiver.mjs, which verifies
# every signature with the README's Node.js snippet), then POSTs batches of events to /internal/v1/events at the rate
# for the time given, as the outbox relays will (bench/webhooks/Latency.java). Latency is from the moment each
# ingestion request was sent to the delivery's arrival at the receiver: an upper bound of commit-to-delivery.
# bench/webhooks/end-to-end.sh measures from a service's commit instead, through its outbox relay. Appends a section
# to bench/RESULTS.md (BENCH_RESULTS elsewhere for a trial run). Needs PostgreSQL on 127.0.0.1:5432, JDK 17, Node.js.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

RATE=${1:-200}
SECONDS_LOAD=${2:-60}
BATCH=${3:-10}
PORT=${ACDE_BENCH_PORT:-18484}
RECEIVER_PORT=${ACDE_BENCH_RECEIVER_PORT:-18485}
DB=${ACDE_BENCH_DATABASE:-webhooks_bench}
JAR=$bench_root/events-service/target/quarkus-app/quarkus-run.jar
BASE=http://127.0.0.1:$PORT
HERE=$(cd "$(dirname "$0")" && pwd)
MACHINE=$(machine)
WORK=$(mktemp -d)

[ -f "$JAR" ] || (cd "$bench_root" && ./mvnw -q -B package -DskipTests -pl events-service -am)
cp -r "$(dirname "$JAR")" "$WORK/quarkus-app"
"$bench_root/deploy/local/postgres.sh" ensure
"$bench_root/deploy/local/databases.sh" >/dev/null
psql -h 127.0.0.1 -U postgres -qAt -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB OWNER acde"

# A key pair of the benchmark's own: the service checks tokens with its public half, Latency.java signs with the other.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2>/dev/null
ISSUER=https://bench.acde.invalid
export QUARKUS_OIDC_PUBLIC_KEY=$(openssl pkey -in "$WORK/key.pem" -pubout | grep -v -- '-----' | tr -d '\n')
export QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_TOKEN_ISSUER=$ISSUER QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
  QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_LOG_CONSOLE_JSON_ENABLED=false QUARKUS_HTTP_ACCESS_LOG_ENABLED=false \
  ACDE_WEBHOOKS_ALLOWED_HOSTS=127.0.0.1 ACDE_WEBHOOKS_ALLOW_HTTP_HOSTS=127.0.0.1

java -Xmx512m -jar "$WORK/quarkus-app/quarkus-run.jar" >"$WORK/service.log" 2>&1 &
service=$!
receiver=
# The service's jars are in $WORK: it must have stopped before they are deleted (a JVM whose jars vanish mid-shutdown
# hangs, holding its port and its leases).
stop() {
  kill $service ${receiver:-} 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 $service 2>/dev/null || break; sleep 0.5; done
  kill -9 $service 2>/dev/null || true
  cp "$WORK/service.log" "${TMPDIR:-/tmp}/webhooks-bench-service.log" 2>/dev/null || true
  rm -rf "$WORK"
}
trap stop EXIT
wait_ready "$BASE/q/health/ready"

secret=$(java "$HERE/Latency.java" subscribe "$BASE" "$WORK/key.pem" "$ISSUER" "http://127.0.0.1:$RECEIVER_PORT/hook")
WEBHOOK_SECRET=$secret node "$HERE/receiver.mjs" "$RECEIVER_PORT" "$WORK/received" &
receiver=$!
sleep 1
# Warm-up at the same rate, not counted: the JIT compiles the paths first.
java "$HERE/Latency.java" publish "$BASE" "$WORK/key.pem" "$ISSUER" "$RATE" 10 "$BATCH" "$WORK/warm-up" >/dev/null
load=$(cut -d' ' -f1-3 /proc/loadavg)
published=$(java "$HERE/Latency.java" publish "$BASE" "$WORK/key.pem" "$ISSUER" "$RATE" "$SECONDS_LOAD" "$BATCH" "$WORK/sent")
sleep 5
kill -TERM $receiver
wait $receiver || true
receiver=
grep -v -F -f <(cut -d' ' -f1 "$WORK/warm-up") "$WORK/received" >"$WORK/received-measured" || true
result=$(java "$HERE/Latency.java" report "$WORK/sent" "$WORK/received-measured")
echo "$published"
echo "$result"
rss_kib=$(awk '/VmRSS/ {print $2}' "/proc/$service/status")
field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$result"; }

{
  echo
  echo "## Webhooks: commit-to-delivery latency at $RATE events/s — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- Command: \`bench/webhooks/run.sh $RATE $SECONDS_LOAD $BATCH\`"
  echo "- Machine: $MACHINE; load average when the measured run started: $load (other work on the machine counts in it)"
  echo "- events-service (JVM, -Xmx512m), PostgreSQL, the load generator and the Node.js receiver share the machine on"
  echo "  loopback. One subscription; $BATCH events per ingestion request (\`POST /internal/v1/events\`), each about a"
  echo "  subject of its own, $RATE events/s for $SECONDS_LOAD s after a 10 s warm-up. Latency: ingestion request sent → delivery received"
  echo "  (an upper bound of commit → delivery). Every delivery's signature checked by the README's Node.js snippet."
  echo
  echo "| Events sent | Delivered | Missing | Duplicates | Signatures refused | p50 ms | p95 ms | p99 ms | max ms | service RSS MiB |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  echo "| $(field sent) | $(field delivered) | $(field missing) | $(field duplicates) | $(field unverified) | $(field p50) | $(field p95) | $(field p99) | $(field max) | $((rss_kib / 1024)) |"
  echo
  echo "Goals: p50 ≤ 100 ms, p99 ≤ 1 s."
} >>"$RESULTS"
echo "appended to $RESULTS"
