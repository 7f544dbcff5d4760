#!/usr/bin/env bash
# pg-server.sh: a throwaway PostgreSQL server on 127.0.0.1 for the tests.
#
#   pg-server.sh start DIR [PID]   initdb into DIR/data, start on a free port;
#                              writes DIR/port, DIR/password and DIR/uri
#                              (postgresql://parallax@127.0.0.1:PORT/postgres,
#                              password in DIR/password), prints the URI; with
#                              PID, the server and DIR go when that process
#                              ends, even if it was killed or crashed
#   pg-server.sh stop DIR      a fast shutdown (open sessions are ended)
#   pg-server.sh start-again DIR   starts the stopped server on its port
#   pg-server.sh destroy DIR   stops it if it runs and removes DIR
#   pg-server.sh run CMD...    a server for the length of CMD, which finds it
#                              in PX_TEST_PG_DIR, PX_TEST_PG_URI and
#                              PX_TEST_PG_PASSWORD
#
# initdb refuses to run as root: as root the server runs as the user
# "postgres" (Debian's server package makes it), or "nobody" without one.
# A machine without the server fails here: the team library tests need it.
set -euo pipefail

die () { echo "pg-server.sh: $*" >&2; exit 1; }

find_bindir () {
  if [ -n "${PX_PG_BINDIR:-}" ]; then echo "$PX_PG_BINDIR"; return; fi
  for v in 15 16 17 14 13; do
    if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then echo "/usr/lib/postgresql/$v/bin"; return; fi
  done
  if command -v initdb >/dev/null; then dirname "$(command -v initdb)"; return; fi
  die "no PostgreSQL server found (initdb): install Debian's postgresql-15 (make deps does)"
}

BINDIR=$(find_bindir)

# Runs a command as the server's user.
as_server () {
  if [ "$(id -u)" = 0 ]; then
    local user=postgres
    getent passwd "$user" >/dev/null || user=nobody
    setpriv --reuid="$user" --regid="$(id -g "$user")" --clear-groups -- "$@"
  else
    "$@"
  fi
}

free_port () {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start_server () {
  local dir=$1 port=$2
  as_server "$BINDIR/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir/socket" start >/dev/null
}

cmd_start () {
  local dir=$1
  mkdir -p "$dir/socket"
  dir=$(cd "$dir" && pwd)
  head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$dir/password"
  touch "$dir/server.log"
  if [ "$(id -u)" = 0 ]; then
    local user=postgres
    getent passwd "$user" >/dev/null || user=nobody
    chown -R "$user" "$dir"
    # Every folder above DIR must let the server's user through.
    local up=$dir
    while [ "$up" != / ]; do up=$(dirname "$up"); chmod o+x "$up" 2>/dev/null || true; done
  fi
  chmod 700 "$dir"
  as_server "$BINDIR/initdb" -D "$dir/data" -U parallax --pwfile="$dir/password" \
    --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 --no-sync \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed in $dir"; }
  cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
max_connections = 200
fsync = on
synchronous_commit = on
shared_buffers = 32MB
log_min_messages = warning
EOF
  local tries=0 port
  while :; do
    port=$(free_port)
    if start_server "$dir" "$port" 2>/dev/null; then break; fi
    tries=$((tries + 1))
    [ $tries -lt 5 ] || { cat "$dir/server.log" >&2; die "the server did not start in $dir"; }
  done
  echo "$port" > "$dir/port"
  echo "postgresql://parallax@127.0.0.1:$port/postgres" > "$dir/uri"
  if [ -n "${2:-}" ]; then
    # In a session of its own, so that killing the test's process group
    # does not take the watcher with it.
    setsid sh -c 'while kill -0 "$1" 2>/dev/null; do sleep 1; done; exec "$2" destroy "$3"' \
      watcher "$2" "$0" "$dir" </dev/null >/dev/null 2>&1 &
  fi
  cat "$dir/uri"
}

cmd_stop () {
  local dir=$1
  as_server "$BINDIR/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null
}

cmd_start_again () {
  local dir=$1
  start_server "$dir" "$(cat "$dir/port")"
}

cmd_destroy () {
  local dir=$1
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_server "$BINDIR/pg_ctl" -D "$dir/data" -m immediate -w -t 60 stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) [ $# = 2 ] || [ $# = 3 ] || die "usage: start DIR [PID]"; cmd_start "$2" "${3:-}" ;;
  stop) [ $# = 2 ] || die "usage: stop DIR"; cmd_stop "$2" ;;
  start-again) [ $# = 2 ] || die "usage: start-again DIR"; cmd_start_again "$2" ;;
  destroy) [ $# = 2 ] || die "usage: destroy DIR"; cmd_destroy "$2" ;;
  run)
    shift
    [ $# -ge 1 ] || die "usage: run CMD..."
    dir=$(mktemp -d "${TMPDIR:-/tmp}/px-pg-XXXXXX")
    trap 'cmd_destroy "$dir"' EXIT
    PX_TEST_PG_URI=$(cmd_start "$dir" "")
    PX_TEST_PG_PASSWORD=$(cat "$dir/password")
    export PX_TEST_PG_DIR=$dir PX_TEST_PG_URI PX_TEST_PG_PASSWORD
    status=0
    "$@" || status=$?
    exit $status
    ;;
  *) die "usage: pg-server.sh start|stop|start-again|destroy DIR | run CMD..." ;;
esac
