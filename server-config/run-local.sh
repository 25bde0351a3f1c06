#!/usr/bin/env bash
# Quick start: glusterrestd against this machine's glusterd, in the foreground (Ctrl-C stops it).
# Builds the WAR when it is missing, starts a throwaway single-node glusterd when none runs
# (installing glusterfs-server when missing, as root), and stops on exit what it started.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
export GLUSTER_WORK=${GLUSTER_WORK:-$top/target/local-glusterd}
export GLUSTERREST_RUN_DIR=${GLUSTERREST_RUN_DIR:-$top/target/run}
export GLUSTERREST_STATE_DIR=${GLUSTERREST_STATE_DIR:-$top/target/state}
export GLUSTERREST_BIND=${GLUSTERREST_BIND:-127.0.0.1}
PORT=${GLUSTERREST_PORT:-7443}
scheme=https; [ "${GLUSTERREST_HTTPS:-enabled}" = enabled ] || scheme=http

if [ ! -f "$top/target/glusterrestd.war" ] || [ ! -f "$top/target/payara-micro.jar" ] || [ ! -f "$top/target/gluster-restapi.jar" ]; then
  (cd "$top" && mvn -q -B -DskipTests package)
fi
bash "$here/local-glusterd.sh" start

gateway=""
cleaned=""
cleanup() {
  [ -z "$cleaned" ] || return 0
  cleaned=yes
  if [ -n "$gateway" ] && kill -0 "$gateway" 2>/dev/null; then
    kill -TERM "$gateway" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$gateway" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$gateway" 2>/dev/null || true
  fi
  bash "$here/local-glusterd.sh" stop
}
trap cleanup EXIT INT TERM

started=$(date +%s%N)
"$here/glusterrestd" &
gateway=$!
for _ in $(seq 1 1200); do
  kill -0 "$gateway" 2>/dev/null || { echo "glusterrestd exited; its log is above" >&2; exit 1; }
  code=$(curl -sk -o /dev/null -w '%{http_code}' "$scheme://127.0.0.1:$PORT/.well-known/jwks.json" || true)
  [ "$code" = 200 ] && break
  sleep 0.1
done
[ "$code" = 200 ] || { echo "glusterrestd did not answer within 120 s" >&2; exit 1; }
echo
echo "glusterrestd is ready after $(( ($(date +%s%N) - started) / 1000000 )) ms: $scheme://127.0.0.1:$PORT/v1/volumes"
echo "  the API explorer: $scheme://127.0.0.1:$PORT/rest/explorer/ (log in there with POST /rest/v1/auth)"
echo "  the first password of user superuser is in $GLUSTERREST_STATE_DIR/superuser.password; log in with"
echo "  curl -sk -X POST $scheme://127.0.0.1:$PORT/rest/v1/auth -H 'X-Auth-Username: superuser' \\"
echo "       -H \"X-Auth-Password: \$(cat $GLUSTERREST_STATE_DIR/superuser.password)\""
wait "$gateway"
