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

. "$top/src/test/bench/gateway.sh"
start_gateway "$PORT" "$run"
cd "$top"
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" org.gluster.restapi.limits.LimitsBenchmark \
  "http://127.0.0.1:$PORT/rest/v1/lscurrentuser" "$token" "$SECONDS_LONG"
