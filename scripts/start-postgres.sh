#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on loopback for the archive tests and prints
#   export WIRETRACE_TEST_PG=postgres://postgres@127.0.0.1:PORT/wiretrace_test
# on stdout (everything else goes to stderr), so callers can `eval "$(scripts/start-postgres.sh)"`.
# Uses Debian's postgresql (/usr/lib/postgresql/N/bin). As root it runs the server as the
# `postgres` user. If a server already answers on the port, it is reused.
# Stop it with: pg_ctl -D "$DIR/data" stop (the directory is printed on stderr).
set -euo pipefail

PORT="${WIRETRACE_PG_PORT:-54329}"
DB="wiretrace_test"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "start-postgres: no PostgreSQL found under /usr/lib/postgresql (apt-get install postgresql)" >&2
  exit 1
fi

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if ! as_pg "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  DIR="$(mktemp -d /tmp/wiretrace-pg.XXXXXX)"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$DIR"; fi
  as_pg "$BIN/initdb" -D "$DIR/data" -A trust -U postgres --no-sync -E UTF8 >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
  # fsync off: a throwaway test cluster; durability is the archive code's business, not this server's.
  as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c max_connections=100" start >&2 \
    || { cat "$DIR/server.log" >&2; exit 1; }
  echo "start-postgres: cluster in $DIR, listening on 127.0.0.1:$PORT" >&2
fi

if ! as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB"
fi

echo "export WIRETRACE_TEST_PG=postgres://postgres@127.0.0.1:$PORT/$DB"
