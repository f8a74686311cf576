#!/usr/bin/env bash
# Webhooks end to end: from a service's commit to the delivery's arrival at a receiver, at a sustained rate.
#   bench/webhooks/end-to-end.sh [events per second=200] [seconds=60]
# What it runs, all on loopback: the built events-service (database webhooks_bench_e2e) and the built
# initiatives-service (database initiatives_bench_e2e) with its outbox relay on, pointed at events-service's
# /internal/v1/events; both created afresh. No Keycloak: both services check tokens with the public half of a key of
# the benchmark's own (QUARKUS_OIDC_PUBLIC_KEY), and the relay's OIDC client (client credentials) gets its
# event-publisher token from a /token route of the Node.js receiver (bench/webhooks/receiver.mjs), which also receives
# the webhooks and verifies every signature with the README's Node.js snippet. The receiver is subscribed to
# org.acde.initiatives. before any load.
# The load (bench/webhooks/Commits.java, JDBC): at the rate for the time given, after a 10 s warm-up at the same rate
# that is not counted, one transaction per event in initiatives-service's database that records the event exactly as
# org.acde.platform.events.Outbox#record does — an outbox row (a CloudEvent of initiatives-service about an initiative
# of its own, audience anyone), NOTIFY acde_outbox, commit. Why not through the service's HTTP API: what the issue
# bounds is commit → delivery (the outbox, the LISTEN/NOTIFY wake-up, the relay, ingestion, delivery); an API write
# would add its own request time and load in front of the commit without changing what happens after it, and the
# API's own speed is measured by bench/initiatives. Latency: delivery's arrival at the receiver − the moment the
# event's COMMIT was sent (same machine clock; an upper bound, the commit's own round trip included).
# Ports and databases move with ACDE_BENCH_PORT (events-service, 18486), ACDE_BENCH_RECEIVER_PORT (18487),
# ACDE_BENCH_SERVICE_PORT (initiatives-service, 18488), ACDE_BENCH_DATABASE and ACDE_BENCH_SERVICE_DATABASE.
# Appends a section to bench/RESULTS.md (BENCH_RESULTS elsewhere for a trial run). Needs PostgreSQL on
# 127.0.0.1:5432, JDK 17, Node.js, both services built (./mvnw package -DskipTests -pl initiatives-service,events-service -am).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"

RATE=${1:-200}
SECONDS_LOAD=${2:-60}
WARM_UP=10
PORT=${ACDE_BENCH_PORT:-18486}
RECEIVER_PORT=${ACDE_BENCH_RECEIVER_PORT:-18487}
SERVICE_PORT=${ACDE_BENCH_SERVICE_PORT:-18488}
DB=${ACDE_BENCH_DATABASE:-webhooks_bench_e2e}
SERVICE_DB=${ACDE_BENCH_SERVICE_DATABASE:-initiatives_bench_e2e}
EVENTS_JAR=$bench_root/events-service/target/quarkus-app/quarkus-run.jar
SERVICE_JAR=$bench_root/initiatives-service/target/quarkus-app/quarkus-run.jar
BASE=http://127.0.0.1:$PORT
HERE=$(cd "$(dirname "$0")" && pwd)
MACHINE=$(machine)
WORK=$(mktemp -d)

[ -f "$EVENTS_JAR" ] && [ -f "$SERVICE_JAR" ] \
  || (cd "$bench_root" && ./mvnw -q -B package -DskipTests -pl initiatives-service,events-service -am)
# Private copies, so a rebuild in the working tree cannot pull jars from under the benchmark.
cp -r "$(dirname "$EVENTS_JAR")" "$WORK/events-app"
cp -r "$(dirname "$SERVICE_JAR")" "$WORK/service-app"
JDBC_DRIVER=$(ls "$WORK"/service-app/lib/main/org.postgresql.postgresql-*.jar | head -1)
"$bench_root/deploy/local/postgres.sh" ensure
"$bench_root/deploy/local/databases.sh" >/dev/null
for database in "$DB" "$SERVICE_DB"; do
  psql -h 127.0.0.1 -U postgres -qAt -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" \
    -c "CREATE DATABASE $database OWNER acde"
done

# A key pair of the benchmark's own: the services check tokens with its public half, Latency.java signs with the other.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2>/dev/null
ISSUER=https://bench.acde.invalid
export QUARKUS_OIDC_PUBLIC_KEY=$(openssl pkey -in "$WORK/key.pem" -pubout | grep -v -- '-----' | tr -d '\n')
export QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_TOKEN_ISSUER=$ISSUER QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_LOG_CONSOLE_JSON_ENABLED=false QUARKUS_HTTP_ACCESS_LOG_ENABLED=false

events=
service=
receiver=
# The services' jars are in $WORK: they must have stopped before it is deleted (a JVM whose jars vanish mid-shutdown
# hangs, holding its port and its leases).
stop() {
  kill ${service:-} ${events:-} ${receiver:-} 2>/dev/null || true
  for pid in ${service:-} ${events:-}; do
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  done
  cp "$WORK/events.log" "${TMPDIR:-/tmp}/webhooks-e2e-bench-events-service.log" 2>/dev/null || true
  cp "$WORK/service.log" "${TMPDIR:-/tmp}/webhooks-e2e-bench-initiatives-service.log" 2>/dev/null || true
  rm -rf "$WORK"
}
trap stop EXIT

QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_HTTP_PORT=$PORT \
  ACDE_WEBHOOKS_ALLOWED_HOSTS=127.0.0.1 ACDE_WEBHOOKS_ALLOW_HTTP_HOSTS=127.0.0.1 \
  java -Xmx512m -jar "$WORK/events-app/quarkus-run.jar" >"$WORK/events.log" 2>&1 &
events=$!
wait_ready "$BASE/q/health/ready"

secret=$(java "$HERE/Latency.java" subscribe "$BASE" "$WORK/key.pem" "$ISSUER" "http://127.0.0.1:$RECEIVER_PORT/hook" \
  org.acde.initiatives.)
# The relay's token, as Keycloak would give initiatives-service for its client credentials (realm role event-publisher).
publisher_token=$(java "$HERE/Latency.java" token "$WORK/key.pem" "$ISSUER" initiatives-service event-publisher)
WEBHOOK_SECRET=$secret BENCH_ACCESS_TOKEN=$publisher_token node "$HERE/receiver.mjs" "$RECEIVER_PORT" "$WORK/received" &
receiver=$!
sleep 1

QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$SERVICE_DB QUARKUS_HTTP_PORT=$SERVICE_PORT \
  ACDE_EVENTS_RELAY_ENABLED=true ACDE_EVENTS_INGEST_URL=$BASE/internal/v1/events \
  java -Xmx512m -Dquarkus.oidc-client.auth-server-url=http://127.0.0.1:$RECEIVER_PORT \
  -Dquarkus.oidc-client.discovery-enabled=false -Dquarkus.oidc-client.token-path=/token \
  -jar "$WORK/service-app/quarkus-run.jar" >"$WORK/service.log" 2>&1 &
service=$!
# (System properties, not QUARKUS_OIDC_CLIENT_* variables: those can also name an OIDC tenant called "client".)
wait_ready "http://127.0.0.1:$SERVICE_PORT/q/health/ready"

commits() {
  java -cp "$JDBC_DRIVER" "$HERE/Commits.java" "jdbc:postgresql://127.0.0.1:5432/$SERVICE_DB" acde acde "$@"
}
unpublished() {
  psql -h 127.0.0.1 -U postgres -qAt -d "$SERVICE_DB" -c "select count(*) from outbox where published_at is null"
}
# Warm-up at the same rate, not counted: the JIT compiles the paths first, the relay gets its token.
commits "$RATE" "$WARM_UP" "$WORK/warm-up" >/dev/null
load=$(cut -d' ' -f1-3 /proc/loadavg)
committed=$(commits "$RATE" "$SECONDS_LOAD" "$WORK/sent")
# Until the relay handed everything on (at most a minute), then time for the last deliveries.
for _ in $(seq 1 60); do [ "$(unpublished)" = 0 ] && break; sleep 1; done
left=$(unpublished)
sleep 5
kill -TERM $receiver
wait $receiver || true
receiver=
grep -v -F -f <(cut -d' ' -f1 "$WORK/warm-up") "$WORK/received" >"$WORK/received-measured" || true
result=$(java "$HERE/Latency.java" report "$WORK/sent" "$WORK/received-measured")
echo "$committed"
echo "$result; left unpublished in the outbox: $left"
events_rss=$(awk '/VmRSS/ {print $2}' "/proc/$events/status")
service_rss=$(awk '/VmRSS/ {print $2}' "/proc/$service/status")
field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$result"; }
# No percentiles of nothing: with no delivery measured they are shown as —, not 0.
latency() { if [ "$(field delivered)" = 0 ]; then echo "—"; else field "$1"; fi; }
achieved=$(sed -E 's/.*\(([0-9]+)\/s\).*/\1/' <<<"$committed")

{
  echo
  echo "## Webhooks end to end: service commit → delivery at $RATE events/s — $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- Command: \`bench/webhooks/end-to-end.sh $RATE $SECONDS_LOAD\`"
  echo "- Machine: $MACHINE; load average when the measured run started: $load (other work on the machine counts in it)"
  echo "- initiatives-service (relay on, LISTEN/NOTIFY wake-up, OIDC client-credentials token) and events-service"
  echo "  (JVMs, -Xmx512m each), PostgreSQL, the load generator and the Node.js receiver share the machine on loopback."
  echo "  One subscription (org.acde.initiatives.). $RATE transactions/s for $SECONDS_LOAD s after a ${WARM_UP} s warm-up,"
  echo "  each recording one event as \`Outbox.record\` does (outbox row + NOTIFY, JDBC, 4 connections); achieved"
  echo "  $achieved/s. Latency: COMMIT sent → delivery received. Missing: not received 5 s after the relay had handed the"
  echo "  last event on ($left left unhanded in the outbox). Every delivery's signature checked by the README's Node.js snippet."
  echo
  echo "| Events committed | Delivered | Missing | Duplicates | Signatures refused | p50 ms | p95 ms | p99 ms | max ms | initiatives-service RSS MiB | events-service RSS MiB |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  echo "| $(field sent) | $(field delivered) | $(field missing) | $(field duplicates) | $(field unverified) | $(latency p50) | $(latency p95) | $(latency p99) | $(latency max) | $((service_rss / 1024)) | $((events_rss / 1024)) |"
  echo
  echo "Goals: p50 ≤ 100 ms, p99 ≤ 1 s."
} >>"$RESULTS"
echo "appended to $RESULTS"
