#!/usr/bin/env bash
# Benchmark of the packaged gateway, no Maven involved: cold start and idle memory.
#   src/test/bench/packaged.sh [RUNS]      (3; after `mvn -B -DskipTests package`)
# Installs the built tree with server-config/install.sh into a fresh temporary PREFIX, then RUNS
# times: starts the installed launcher PREFIX/sbin/glusterrestd as shipped (its default JAVA_OPTS,
# HTTPS on, a fresh state directory, so the self-signed certificate and the first superuser are made
# too; a free loopback port; GLUSTERREST_RUN_DIR in the temporary directory), measures
#   cold start  launch to the first 200 of GET /health/live, in ms
#   idle RSS    VmRSS of the gateway's java process (the launcher execs it: same pid) after 30 s idle
# and stops it by pid. It needs no glusterd (/health/live does not ask it) and starts none.
# Everything it started is stopped by pid and the temporary directory removed, also on Ctrl-C.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
RUNS=${1:-3}
IDLE=${IDLE_SECONDS:-30}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/glusterrestd-packaged.XXXXXX")
gateway=

stop_gateway() {
  [ -n "$gateway" ] && kill -0 "$gateway" 2>/dev/null || { gateway=; return 0; }
  kill -TERM "$gateway" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$gateway" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$gateway" 2>/dev/null || true
  wait "$gateway" 2>/dev/null || true
  gateway=
}
cleanup() { stop_gateway; rm -rf "$tmp"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  local p
  while :; do
    p=$(( 20000 + RANDOM % 30000 ))
    [ -z "$(ss -Htln "sport = :$p")" ] && { echo "$p"; return 0; }
  done
}

PREFIX="$tmp/prefix" SYSTEMD_DIR="$tmp/prefix/systemd" bash "$top/server-config/install.sh" > "$tmp/install.log"
launcher="$tmp/prefix/sbin/glusterrestd"
echo "packaged: $("$launcher" --version) from $tmp/prefix; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

starts=(); rss=()
for run in $(seq 1 "$RUNS"); do
  port=$(free_port)
  dir="$tmp/run$run"
  mkdir -p "$dir"
  t0=$(date +%s%N)
  GLUSTERREST_STATE_DIR="$dir/state" GLUSTERREST_RUN_DIR="$dir/run" GLUSTERREST_PORT="$port" \
    GLUSTERREST_BIND=127.0.0.1 "$launcher" > "$dir/gateway.log" 2>&1 &
  gateway=$!
  code=
  for _ in $(seq 1 3000); do
    code=$(curl -sk --max-time 2 -o /dev/null -w '%{http_code}' "https://127.0.0.1:$port/health/live" || true)
    [ "$code" = 200 ] && break
    kill -0 "$gateway" 2>/dev/null || { echo "packaged: the gateway exited; its log:" >&2; tail -20 "$dir/gateway.log" >&2; exit 1; }
    sleep 0.05
  done
  [ "$code" = 200 ] || { echo "packaged: no 200 from /health/live within 150 s" >&2; exit 1; }
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  exe=$(readlink "/proc/$gateway/exe")
  case "$exe" in */java) ;; *) echo "packaged: pid $gateway is $exe, not java" >&2; exit 1 ;; esac
  sleep "$IDLE"
  kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$gateway/status")
  payara=$(grep -o 'ready in [0-9,]* (ms)' "$dir/gateway.log" | head -1 || true)
  printf 'packaged: run %d: cold start %d ms (launch to first 200 of /health/live; Payara says %s), RSS after %d s idle %d MB\n' \
    "$run" "$ms" "${payara:-?}" "$IDLE" $(( kb / 1024 ))
  starts+=("$ms"); rss+=("$(( kb / 1024 ))")
  stop_gateway
done
echo "packaged: cold start ms: ${starts[*]}; idle RSS MB: ${rss[*]}"
