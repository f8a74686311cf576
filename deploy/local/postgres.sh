#!/usr/bin/env bash
# Makes sure PostgreSQL answers on $PGHOST:$PGPORT (default 127.0.0.1:5432), starting the machine's local cluster
# when it is installed but down.  Usage: deploy/local/postgres.sh ensure
set -euo pipefail

host=${PGHOST:-127.0.0.1}
port=${PGPORT:-5432}

ready() { pg_isready -q -h "$host" -p "$port" -t 2; }

case "${1:-ensure}" in
  ensure)
    if ready; then exit 0; fi
    if [ -d /etc/postgresql ] && command -v pg_ctlcluster >/dev/null; then
      version=$(ls /etc/postgresql | sort -V | tail -n 1)
      echo "PostgreSQL $version is down; starting the local cluster"
      pg_ctlcluster --skip-systemctl-redirect "$version" main start
      for _ in $(seq 1 30); do ready && exit 0; sleep 1; done
    fi
    echo "PostgreSQL is not reachable on $host:$port" >&2
    exit 1
    ;;
  *)
    echo "usage: $0 ensure" >&2
    exit 2
    ;;
esac
