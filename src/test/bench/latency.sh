#!/usr/bin/env bash
# Prints: launch to first 200, and the p50/p90 wall time of GET /v1/volumes beside the bare
# `gluster --mode=script --xml volume info` on this machine, in the same run.
# Needs a built target/ (mvn package) and a glusterd that answers (server-config/local-glusterd.sh start).
# Bounded: N requests of each (default 50), one gateway on loopback, stopped by pid at the end.
set -euo pipefail
top=$(cd "$(dirname "$0")/../../.." && pwd)
N=${N:-50}
PORT=${PORT:-17443}
run=$(mktemp -d "${TMPDIR:-/tmp}/glusterrestd-bench.XXXXXX")
vol=benchvol
brick="$(hostname):$top/target/bench-bricks/$vol-$$"
mkdir -p "$top/target/bench-bricks"

gateway=""
cleanup() {
  [ -n "$gateway" ] && kill "$gateway" 2>/dev/null && wait "$gateway" 2>/dev/null || true
  gluster --mode=script volume stop "$vol" force >/dev/null 2>&1 || true
  gluster --mode=script volume delete "$vol" >/dev/null 2>&1 || true
  rm -rf "$run" "$top/target/bench-bricks"
}
trap cleanup EXIT

gluster --mode=script volume create "$vol" "$brick" force >/dev/null
gluster --mode=script volume start "$vol" >/dev/null

. "$top/src/test/bench/gateway.sh"
start_gateway "$PORT" "$run"

pct() { sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int((NR*p+99)/100); if(i<1)i=1; printf "%.1f", a[i]}'; }
gw=$(for _ in $(seq 1 "$N"); do curl -s -o /dev/null -w '%{time_total}\n' -H "X-Auth-Token: $token" "http://127.0.0.1:$PORT/v1/volumes"; done \
     | awk '{printf "%.1f\n", $1*1000}')
cli=$(for _ in $(seq 1 "$N"); do s=$(date +%s%N); gluster --mode=script --xml volume info >/dev/null; \
      echo $(( ($(date +%s%N) - s) / 1000 )); done | awk '{printf "%.1f\n", $1/1000}')
rss_kb=$(ps -o rss= -p "$gateway" 2>/dev/null | tr -d " " || true)

echo "launch to first 200:             ${launch_ms} ms"
echo "GET /v1/volumes        (n=$N):    p50 $(pct 50 <<<"$gw") ms   p90 $(pct 90 <<<"$gw") ms"
echo "gluster --xml volume info (n=$N): p50 $(pct 50 <<<"$cli") ms   p90 $(pct 90 <<<"$cli") ms"
echo "gateway RSS after the run:       $(( ${rss_kb:-0} / 1024 )) MiB"
