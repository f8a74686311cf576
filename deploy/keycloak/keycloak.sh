#!/usr/bin/env bash
# A real Keycloak for local runs and system tests, without containers.
#   deploy/keycloak/keycloak.sh start [--fresh]   fetch (once, from Maven Central), start on :8180 with realm "acde"
#   deploy/keycloak/keycloak.sh stop | status
#   deploy/keycloak/keycloak.sh token <client-id> [secret]   print an access token (client credentials)
# The distribution is cached under $ACDE_CACHE (default ~/.cache/acde); the pid and log live in $ACDE_RUN_DIR.
# The realm's browser clients (Swagger UI's Authorize) allow the gateway on http://localhost:$ACDE_GATEWAY_PORT and
# http://127.0.0.1:$ACDE_GATEWAY_PORT (default 8080): Keycloak fills the realm file's ${ACDE_GATEWAY_PORT:8080}
# placeholders from its environment when it imports the realm, i.e. at a first start or a start --fresh.
# Keycloak runs on the JDK named by KEYCLOAK_JAVA_HOME, else Temurin 25 if installed, else JAVA_HOME.
set -euo pipefail

VERSION=26.7.3
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${ACDE_CACHE:-$HOME/.cache/acde}
HOME_DIR=$CACHE/keycloak-$VERSION
RUN_DIR=${ACDE_RUN_DIR:-$ROOT/.run}
PORT=${KEYCLOAK_PORT:-8180}
MANAGEMENT_PORT=${KEYCLOAK_MANAGEMENT_PORT:-9000}
export ACDE_GATEWAY_PORT=${ACDE_GATEWAY_PORT:-8080}
URL=http://localhost:$PORT
PID_FILE=$RUN_DIR/pids/keycloak.pid
LOG=$RUN_DIR/logs/keycloak.log
# The realm's database (H2 file) lives in the run folder, so several runs (local stack, system tests) can coexist.
DATA=$RUN_DIR/keycloak-data

java_home() {
  local candidate
  for candidate in "${KEYCLOAK_JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 "${JAVA_HOME:-}"; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ]; then
      local major
      major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | awk -F= '/java.specification.version/ {gsub(/ /, "", $2); print $2}')
      if [ "${major%%.*}" -ge 21 ]; then
        echo "$candidate"
        return
      fi
    fi
  done
  echo "Keycloak $VERSION needs a JDK 21 or newer: set KEYCLOAK_JAVA_HOME (Temurin 25 is expected at /usr/lib/jvm/temurin-25-jdk-amd64)" >&2
  exit 1
}

fetch() {
  [ -x "$HOME_DIR/bin/kc.sh" ] && return
  echo "Fetching Keycloak $VERSION from Maven Central into $CACHE ..."
  mkdir -p "$CACHE"
  (cd "$ROOT" && ./mvnw -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
    -Dartifact=org.keycloak:keycloak-quarkus-dist:$VERSION:tar.gz -DoutputDirectory="$CACHE" -Dmdep.overWriteReleases=true)
}

jvm_pid() { pgrep -f -- "--db-url=jdbc:h2:file:$DATA/" | tail -n 1 || true; }
running() { [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; }
ready() { curl -fs -o /dev/null --max-time 2 "http://localhost:$MANAGEMENT_PORT/health/ready"; }

start() {
  if running; then
    echo "Keycloak already running (pid $(cat "$PID_FILE"))"
    return
  fi
  if curl -fs -o /dev/null --max-time 2 "$URL/realms/acde"; then
    echo "Something else already serves realm acde on $URL; leaving it alone"
    return
  fi
  local kc_java
  kc_java=$(java_home)
  fetch
  mkdir -p "$RUN_DIR/pids" "$RUN_DIR/logs" "$DATA" "$HOME_DIR/data/import"
  if [ "${1:-}" = "--fresh" ]; then
    rm -rf "$DATA/h2"
  fi
  # Imported at start when the realm does not exist yet in this run's database, with ${VAR:default} placeholders
  # filled from this environment (ACDE_GATEWAY_PORT).
  cp "$ROOT/deploy/keycloak/realm-acde.json" "$HOME_DIR/data/import/"
  # Local development administrator only; production sets its own through the operator's secret.
  KC_BOOTSTRAP_ADMIN_USERNAME=${KEYCLOAK_ADMIN:-admin} KC_BOOTSTRAP_ADMIN_PASSWORD=${KEYCLOAK_ADMIN_PASSWORD:-admin} \
    JAVA_HOME=$kc_java nohup "$HOME_DIR/bin/kc.sh" start-dev --http-port="$PORT" --http-management-port="$MANAGEMENT_PORT" \
    --import-realm --db-url="jdbc:h2:file:$DATA/h2/keycloakdb;NON_KEYWORDS=VALUE" \
    --health-enabled=true --hostname="$URL" >"$LOG" 2>&1 &
  local script=$!
  for _ in $(seq 1 240); do
    if ready; then
      # kc.sh runs a build JVM first, then the server JVM: the server JVM is what has to be stopped.
      jvm_pid >"$PID_FILE"
      echo "Keycloak ready on $URL (realm acde), pid $(cat "$PID_FILE"), log $LOG"
      return
    fi
    if ! kill -0 "$script" 2>/dev/null && [ -z "$(jvm_pid)" ]; then
      echo "Keycloak exited during start-up; see $LOG" >&2
      tail -n 20 "$LOG" >&2
      exit 1
    fi
    sleep 1
  done
  echo "Keycloak not ready after 240 s; see $LOG" >&2
  exit 1
}

stop() {
  if running; then
    local pid
    pid=$(cat "$PID_FILE")
    kill "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "Keycloak stopped"
  fi
  rm -f "$PID_FILE"
}

token() {
  local client=$1 secret=${2:-$1-dev-secret}
  curl -fs -d grant_type=client_credentials -d client_id="$client" -d client_secret="$secret" \
    "$URL/realms/acde/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop ;;
  status) if running && ready; then echo "ready (pid $(cat "$PID_FILE"))"; elif running; then echo "starting"; else echo "stopped"; fi ;;
  token) token "${2:?client id}" "${3:-}" ;;
  *) echo "usage: $0 start [--fresh] | stop | status | token <client-id> [secret]" >&2; exit 2 ;;
esac
