#!/usr/bin/env bash
# Prints what a refused (429) request costs beside an admitted one, and how exact the per-second
# command limit is: SECONDS_LONG seconds of back-to-back requests, counted per one-second bucket.
# Needs a built target/ (mvn package, which compiles the test classes too). One gateway on loopback (plain HTTP), stopped by pid at the end.
set -euo pipefail
top=$(cd "$(dirname "$0")/../../.." && pwd)
PORT=${PORT:-17444}
SECONDS_LONG=${SECONDS_LONG:-5}
run=$(mktemp -d "${TMPDIR:-/tmp}/glusterrestd-limits.XXXXXX")
gateway=""
cleanup() { [ -n "$gateway" ] && kill "$gateway" 2>/dev/null && wait "$gateway" 2>/dev/null || true; rm -rf "$run"; }
trap cleanup EXIT

GLUSTERREST_HTTPS=disabled GLUSTERREST_STATE_DIR=$run/state GLUSTERREST_PORT=$PORT GLUSTERREST_RUN_DIR=$run \
  "$top/server-config/glusterrestd" > "$run/gateway.log" 2>&1 &
gateway=$!
for _ in $(seq 1 1200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/.well-known/jwks.json" || true)" = 200 ] && break
  sleep 0.05
done
sleep 1.1
token=$(curl -s -X POST "http://127.0.0.1:$PORT/rest/v1/auth" -H 'X-Auth-Username: superuser' \
  -H "X-Auth-Password: $(cat "$run/state/superuser.password")" | sed 's/.*"token":"\([^"]*\)".*/\1/')
cd "$top"
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" org.gluster.restapi.limits.LimitsBenchmark \
  "http://127.0.0.1:$PORT/rest/v1/lscurrentuser" "$token" "$SECONDS_LONG"
