#!/usr/bin/env bash
# Where a request's CPU goes: starts the gateway as bench.sh does (plain HTTP on loopback, auth on, limits
# lifted), one started volume, then records a JFR (profile settings) during each load and prints the hottest
# frames of each recording (src/test/bench/topframes.sh). Hold the machine lock:
#   flock /tmp/glusterrest-it.lock bash src/test/bench/profile.sh [OUT_DIR]
# Loads (wrk, 2 threads, PROFILE_SECONDS each, 15): cached GET /v1/volumes at 32 clients, GET /v1/jobs at 8,
# GET /.well-known/jwks.json at 8 (PROFILE_LOADS="cached32 jobs8 jwks8 jwks32" picks). JAVA_OPTS is passed
# to the launcher (its default when unset).
# Stops by pid everything it started (gateway, wrk, the glusterd it started), removes its volume.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
OUT=${1:-$(mktemp -d "${TMPDIR:-/tmp}/glusterrestd-profile.XXXXXX")}
SECONDS_EACH=${PROFILE_SECONDS:-15}
TOOL=$top/target/gluster-restapi.jar
mkdir -p "$OUT"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/glusterrestd-prof.XXXXXX"); chmod 755 "$tmp"
run=$tmp/run; mkdir -p "$run" "$tmp/bricks"
gateway= vol= glusterd_ours=false
export GLUSTER_WORK=$tmp/glusterd
PORT=${PORT:-$(( 30000 + RANDOM % 20000 ))}
G=http://127.0.0.1:$PORT
cleanup() {
  set +e
  [ -n "$gateway" ] && { kill "$gateway" 2>/dev/null; for _ in $(seq 1 300); do kill -0 "$gateway" 2>/dev/null || break; sleep 0.1; done; kill -9 "$gateway" 2>/dev/null; }
  if [ -n "$vol" ]; then
    timeout 60 gluster --mode=script volume stop "$vol" force >/dev/null 2>&1
    timeout 60 gluster --mode=script volume delete "$vol" >/dev/null 2>&1
  fi
  $glusterd_ours && timeout 120 bash "$top/server-config/local-glusterd.sh" stop
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
if ! timeout 10 gluster --mode=script pool list >/dev/null 2>&1; then
  timeout 120 bash "$top/server-config/local-glusterd.sh" start
  [ -f "$GLUSTER_WORK/started-by-us" ] && glusterd_ours=true
fi
vol=prof$$v1
timeout 60 gluster --mode=script volume create "$vol" "$(hostname):$tmp/bricks/$vol" force >/dev/null
timeout 60 gluster --mode=script volume start "$vol" >/dev/null
GLUSTERREST_HTTPS=disabled GLUSTERREST_STATE_DIR="$run/state" GLUSTERREST_PORT="$PORT" GLUSTERREST_RUN_DIR="$run" \
  "$top/server-config/glusterrestd" > "$OUT/gateway.log" 2>&1 &
gateway=$!
for _ in $(seq 1 1200); do
  [ "$(curl -s --max-time 2 -o /dev/null -w '%{http_code}' "$G/.well-known/jwks.json" || true)" = 200 ] && break
  kill -0 "$gateway" 2>/dev/null || { tail -20 "$OUT/gateway.log"; exit 1; }
  sleep 0.05
done
sleep 1.1
token=$(curl -s -X POST "$G/rest/v1/auth" -H 'X-Auth-Username: superuser' \
  -H "X-Auth-Password: $(cat "$run/state/superuser.password")" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "profile: no token" >&2; exit 1; }
for s in "maxconnections 256" "commandratelimit 10000" "restapitimeout 120"; do
  # shellcheck disable=SC2086
  timeout 60 java -jar "$TOOL" config-set $s --state-dir "$run/state" >/dev/null
done
printf 'wrk.headers["X-Auth-Token"] = "%s"\n' "$token" > "$tmp/auth.lua"
: > "$tmp/anon.lua"
load() {   # name clients lua url
  timeout 60 wrk -t2 -c"$2" -d5s -s "$3" "$4" > /dev/null 2>&1   # warm-up
  timeout 30 jcmd "$gateway" JFR.start name="$1" settings=profile filename="$OUT/$1.jfr" > /dev/null
  timeout $(( SECONDS_EACH + 30 )) wrk -t2 -c"$2" -d"${SECONDS_EACH}s" --latency -s "$3" "$4" > "$OUT/$1.wrk" 2>&1
  timeout 60 jcmd "$gateway" JFR.stop name="$1" > /dev/null
  echo "$1: $(grep -E 'Requests/sec' "$OUT/$1.wrk") $(grep -E '^ +99%' "$OUT/$1.wrk" | tr -s ' ') load $(cut -d' ' -f1 /proc/loadavg)"
}
for l in ${PROFILE_LOADS:-cached32 jobs8 jwks8}; do
  case $l in
    cached32) load cached32 32 "$tmp/auth.lua" "$G/v1/volumes" ;;
    jobs8) load jobs8 8 "$tmp/auth.lua" "$G/v1/jobs" ;;
    jwks8) load jwks8 8 "$tmp/anon.lua" "$G/.well-known/jwks.json" ;;
    jwks32) load jwks32 32 "$tmp/anon.lua" "$G/.well-known/jwks.json" ;;
  esac
done
echo "RSS after the loads: $(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$gateway/status") MB"
echo "recordings in $OUT"
