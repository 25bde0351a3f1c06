#!/usr/bin/env bash
# The project's benchmark, in one run (BENCHMARKS.md says what each figure means):
#   flock /tmp/glusterrest-it.lock bash src/test/bench/bench.sh
# As root, after `mvn -B -DskipTests package`; needs wrk and glusterfs-server (Debian packages).
# Loopback only; the gateway serves plain HTTP on 127.0.0.1 (GLUSTERREST_HTTPS=disabled), so TLS is
# not in the figures. Auth is on (a fresh state directory; the first superuser logs in).
# Bounded: every external command runs under `timeout`; the loads last WRK_SECONDS (10) each and the
# mixed soak BENCH_SOAK_SECONDS (600). It makes three volumes (bricks in its temporary directory,
# one started) and removes them; it starts glusterd only when none answers, and stops, by pid, all
# it started (gateway, wrk, load loops, that glusterd), also on Ctrl-C.
# Settings: BENCH_SOAK_SECONDS (600), WRK_SECONDS (10), N_CLI (50), N_WRITES (20), PORT (a free one).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
SOAK=${BENCH_SOAK_SECONDS:-600}
WRK_SECONDS=${WRK_SECONDS:-10}
N_CLI=${N_CLI:-50}
N_WRITES=${N_WRITES:-20}
WAR=$top/target/glusterrestd.war
TOOL=$top/target/gluster-restapi.jar
MICRO=$top/target/payara-micro.jar

die() { echo "bench: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "run as root (GlusterFS needs it)"
command -v wrk >/dev/null || die "wrk is missing: apt-get install -y wrk"
command -v gluster >/dev/null && command -v glusterd >/dev/null \
  || die "glusterfs-server is missing: apt-get install -y glusterfs-server glusterfs-cli"
for f in "$WAR" "$TOOL" "$MICRO"; do [ -f "$f" ] || die "$f is missing: mvn -B -DskipTests package"; done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/glusterrestd-bench.XXXXXX")
chmod 755 "$tmp"      # glusterd's brick processes run as root, but keep the path walkable
run=$tmp/run
mkdir -p "$run" "$tmp/bricks"
gateway=
bg_pids=()
vols=()
glusterd_ours=false
export GLUSTER_WORK=$tmp/glusterd

kill_wait() {   # pid [seconds]: TERM, wait, then KILL
  local p=$1 n=$(( ${2:-10} * 10 ))
  [ -n "$p" ] && kill -0 "$p" 2>/dev/null || return 0
  kill -TERM "$p" 2>/dev/null || true
  for _ in $(seq 1 "$n"); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$p" 2>/dev/null || true
  wait "$p" 2>/dev/null || true
}
cleanup() {
  set +e
  for p in "${bg_pids[@]}"; do kill_wait "$p" 5; done
  kill_wait "$gateway" 30
  for v in "${vols[@]}"; do
    timeout 60 gluster --mode=script volume stop "$v" force >/dev/null 2>&1
    timeout 60 gluster --mode=script volume delete "$v" >/dev/null 2>&1
  done
  $glusterd_ours && timeout 120 bash "$top/server-config/local-glusterd.sh" stop
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  local p
  while :; do
    p=$(( 20000 + RANDOM % 30000 ))
    [ -z "$(ss -Htln "sport = :$p")" ] && { echo "$p"; return 0; }
  done
}
PORT=${PORT:-$(free_port)}
G=http://127.0.0.1:$PORT

# ---- helpers ---------------------------------------------------------------------------------------
now_ns() { date +%s%N; }
# nearest-rank percentile of the numbers on stdin
pct() { sort -n | awk -v p="$1" '{a[NR]=$1} END {if (NR==0) {print "nan"; exit} i=int((NR*p+99)/100); if(i<1)i=1; printf "%.1f", a[i]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b+0 == 0) print "nan"; else printf "%.2f", a/b }'; }
# a metric from /metrics?scope=application: the sum of the lines named $1 (and matching $2)
metric() {
  { timeout 10 curl -s --max-time 10 "$G/metrics?scope=application" || true; } \
    | awk -v n="$1" -v m="${2:-}" '(index($1, n "{") == 1 || $1 == n) && index($1, m) { s += $2 } END { printf "%d", s }'
}
cache_events() {   # "hit H shared S miss M invalidation I eviction E"
  local out="" e
  for e in hit shared miss invalidation eviction; do out+="$e $(metric glusterrest_cache_total "event=\"$e\"") "; done
  echo "$out"
}
cache_delta() {    # before after -> "hit +h, shared +s, ..."
  awk -v a="$1" -v b="$2" 'BEGIN { n = split(a, x, " "); split(b, y, " ");
    for (i = 1; i < n; i += 2) printf "%s%s +%d", (i > 1 ? ", " : ""), x[i], y[i+1] - x[i+1]; }'
}
rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$gateway/status"; }
# wrk's figures in ms / per second: "rps p50 p99 requests non2xx errors"
wrk_figures() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    / 50%/ { p50 = ms($2) } / 99%/ { p99 = ms($2) }
    /requests in/ { req = $1 } /^Requests\/sec:/ { rps = $2 }
    /Non-2xx or 3xx responses:/ { non = $NF }
    /Socket errors:/ { gsub(",", ""); err = $4 + $6 + $8 + $10 }
    END { printf "%.0f %.2f %.2f %d %d %d\n", rps, p50, p99, req, non + 0, err + 0 }' "$1"
}
# wrk [clients] [seconds] [lua] [url] [out]
run_wrk() {
  timeout $(( $2 + 30 )) wrk -t2 -c"$1" -d"$2"s --timeout 10s --latency -s "$3" "$4" > "$5" 2>&1 \
    || { echo "bench: wrk failed: $(cat "$5")" >&2; return 1; }
}
lua() {   # name, then lines of headers "Name: value"
  local f=$tmp/$1.lua h; shift
  : > "$f"
  for h in "$@"; do printf 'wrk.headers["%s"] = "%s"\n' "${h%%: *}" "${h#*: }" >> "$f"; done
  echo "$f"
}
call() { timeout 30 curl -s --max-time 30 "$@"; }
post_option() {   # volume value -> "ms status"
  { timeout 60 curl -s --max-time 60 -o /dev/null -w '%{time_total} %{http_code}\n' -X POST \
    -H "X-Auth-Token: $token" -H 'Content-Type: application/json' \
    -d "{\"options\": {\"user.bench\": \"$2\"}}" "$G/v1/volumes/$1/options" || true; } | awk '{ printf "%.1f %s\n", $1 * 1000, $2 }'
}

# ---- glusterd and the volumes ----------------------------------------------------------------------
echo "== glusterrestd benchmark, $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
if ! timeout 10 gluster --mode=script pool list >/dev/null 2>&1; then
  timeout 120 bash "$top/server-config/local-glusterd.sh" start
  [ -f "$GLUSTER_WORK/started-by-us" ] && glusterd_ours=true
fi
host=$(hostname)
for i in 1 2 3; do
  v=bench$$v$i
  timeout 60 gluster --mode=script volume create "$v" "$host:$tmp/bricks/$v" force >/dev/null
  vols+=("$v")
done
timeout 60 gluster --mode=script volume start "${vols[0]}" >/dev/null
wvol=${vols[0]}

echo "machine: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MiB memory, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "versions: $(glusterd --version | head -1); java $(java -version 2>&1 | head -1 | sed 's/.*version "\([^"]*\)".*/\1/');" \
  "payara-micro $(sed -n 's:.*<payara.micro.version>\(.*\)</payara.micro.version>.*:\1:p' "$top/pom.xml");" \
  "$(timeout 30 java -jar "$TOOL" --version); commit $(git -C "$top" rev-parse --short HEAD 2>/dev/null || echo ?)"
echo "volumes: ${vols[*]} (${vols[0]} started); $(timeout 10 gluster --mode=script volume list | wc -l) volumes in the pool"

# ---- the gateway, as src/test/bench/gateway.sh starts it, bounded ----------------------------------
# Through the project's launcher, which always gives Payara Micro --disablephonehome, --nohazelcast and
# -Dhazelcast.phone.home.enabled=false: nothing leaves this machine.
t0=$(now_ns)
GLUSTERREST_HTTPS=disabled GLUSTERREST_STATE_DIR="$run/state" GLUSTERREST_PORT="$PORT" GLUSTERREST_RUN_DIR="$run" \
  "$top/server-config/glusterrestd" > "$run/gateway.log" 2>&1 &
gateway=$!
code=
for _ in $(seq 1 1200); do
  code=$(curl -s --max-time 2 -o /dev/null -w '%{http_code}' "$G/.well-known/jwks.json" || true)
  [ "$code" = 200 ] && break
  kill -0 "$gateway" 2>/dev/null || { tail -20 "$run/gateway.log" >&2; die "the gateway exited"; }
  if grep -q 'Exception while deploying' "$run/gateway.log"; then
    grep -A3 'SEVERE' "$run/gateway.log" | cut -c1-400 | head -20 >&2; die "the WAR did not deploy"
  fi
  sleep 0.05
done
[ "$code" = 200 ] || die "no 200 from the gateway within 60 s"
launch_ms=$(( ($(now_ns) - t0) / 1000000 ))
sleep 1.1   # a fresh one-second window for the auth limit
token=$(call -X POST "$G/rest/v1/auth" -H 'X-Auth-Username: superuser' \
  -H "X-Auth-Password: $(cat "$run/state/superuser.password")" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || die "no session token"
[ "$(call -o /dev/null -w '%{http_code}' "$G/v1/volumes")" = 401 ] || die "auth is not on"
# lift the limits for the loads (the daemon reads the settings at its next request)
for s in "maxconnections 256" "commandratelimit 10000" "restapitimeout 120"; do
  # shellcheck disable=SC2086
  timeout 60 java -jar "$TOOL" config-set $s --state-dir "$run/state" >/dev/null
done
limits=$(call -X POST "$G/rest/v1/lssecurity" -H "X-Auth-Token: $token")
echo "gateway: pid $gateway, plain HTTP on 127.0.0.1:$PORT, auth on, launch to first 200 ${launch_ms} ms; limits $limits"
sleep 10
rss_idle=$(rss_mb)
echo "RSS idle (10 s after login):                       ${rss_idle} MB"

auth_lua=$(lua auth "X-Auth-Token: $token")
nocache_lua=$(lua nocache "X-Auth-Token: $token" "Cache-Control: no-cache")
anon_lua=$(lua anon)

# ---- bare CLI beside uncached GET /v1/volumes, interleaved -----------------------------------------
# Taken twice: right after the start (cold: the request path still interpreted or freshly compiled) and
# after the no-CLI loads (warm: the path that every request shares compiled, as on a gateway that has
# served for a while). The target is judged on the warm run; the cold one is printed beside it.
uncached_vs_cli() {   # LABEL: sets cli_p50 cli_p99 unc_p50 unc_p99 unc_ratio
  local label=$1 runs0 runs1 ok s
  for _ in $(seq 1 5); do   # warm-up, not counted
    timeout 30 gluster --mode=script --xml volume info >/dev/null
    call -o /dev/null -H "X-Auth-Token: $token" -H 'Cache-Control: no-cache' "$G/v1/volumes"
  done
  runs0=$(metric glusterrest_cli_runs)
  : > "$tmp/cli.ms"; : > "$tmp/uncached.ms"
  for _ in $(seq 1 "$N_CLI"); do
    s=$(now_ns)
    timeout 30 gluster --mode=script --xml volume info >/dev/null
    echo $(( ($(now_ns) - s) / 1000 )) | awk '{ printf "%.1f\n", $1 / 1000 }' >> "$tmp/cli.ms"
    { timeout 30 curl -s --max-time 30 -o /dev/null -w '%{time_total} %{http_code}\n' -H "X-Auth-Token: $token" \
      -H 'Cache-Control: no-cache' "$G/v1/volumes" || true; } | awk '$2 == 200 { printf "%.1f\n", $1 * 1000 }' >> "$tmp/uncached.ms"
  done
  runs1=$(metric glusterrest_cli_runs)
  cli_p50=$(pct 50 < "$tmp/cli.ms"); cli_p99=$(pct 99 < "$tmp/cli.ms")
  unc_p50=$(pct 50 < "$tmp/uncached.ms"); unc_p99=$(pct 99 < "$tmp/uncached.ms")
  ok=$(wc -l < "$tmp/uncached.ms")
  unc_ratio=$(ratio "$unc_p50" "$cli_p50")
  echo "bare CLI volume info ($label, n=$N_CLI):              p50 $cli_p50 ms  p99 $cli_p99 ms"
  echo "GET /v1/volumes, no-cache ($label, n=$N_CLI, $ok x 200): p50 $unc_p50 ms  p99 $unc_p99 ms  ratio p50 ${unc_ratio} x CLI; CLI runs +$((runs1 - runs0))"
}
uncached_vs_cli cold
cold_ratio=$unc_ratio

# ---- cached, authenticated GET /v1/volumes ----------------------------------------------------------
run_wrk 8 5 "$auth_lua" "$G/v1/volumes" "$tmp/warm.txt"   # warm-up, not counted
declare -A rps p50 p99 note
for c in 8 32; do
  r0=$(metric glusterrest_cli_runs); e0=$(cache_events)
  run_wrk "$c" "$WRK_SECONDS" "$auth_lua" "$G/v1/volumes" "$tmp/cached$c.txt"
  r1=$(metric glusterrest_cli_runs); e1=$(cache_events)
  read -r rps[$c] p50[$c] p99[$c] n non err < <(wrk_figures "$tmp/cached$c.txt")
  note[$c]="CLI runs +$((r1 - r0)); cache $(cache_delta "$e0" "$e1")"
  echo "cached GET /v1/volumes, $c clients, ${WRK_SECONDS} s:         ${rps[$c]} req/s  p50 ${p50[$c]} ms  p99 ${p99[$c]} ms ($n requests, $non non-2xx, $err socket errors); ${note[$c]}"
done
cached_runs8=$(sed -n 's/^CLI runs +\([0-9]*\);.*/\1/p' <<<"${note[8]}")
cached_runs32=$(sed -n 's/^CLI runs +\([0-9]*\);.*/\1/p' <<<"${note[32]}")
# live status from the cache: volume info all (configuration) and volume status all detail (live,
# answered from the cache for glusterrest.cache.live-max-age, 1 s): at most 1 + one per elapsed max-age
r0=$(metric glusterrest_cli_runs); e0=$(cache_events)
run_wrk 32 "$WRK_SECONDS" "$auth_lua" "$G/v1/volumes?status=1" "$tmp/live32.txt"
r1=$(metric glusterrest_cli_runs); e1=$(cache_events)
read -r live_rps live_p50 live_p99 live_n live_non live_err < <(wrk_figures "$tmp/live32.txt")
live_runs=$((r1 - r0)); live_bound=$((WRK_SECONDS + 2))
echo "cached GET /v1/volumes?status=1, 32 clients, ${WRK_SECONDS} s: $live_rps req/s  p50 $live_p50 ms  p99 $live_p99 ms ($live_n requests, $live_non non-2xx, $live_err socket errors); CLI runs +$live_runs (bound for a 1 s max-age: $live_bound); cache $(cache_delta "$e0" "$e1")"

# ---- a write, quiet and under 32 readers of uncached live status ------------------------------------
for i in 1 2 3; do post_option "$wvol" "warm$i" >/dev/null; done
: > "$tmp/write-quiet.ms"
for i in $(seq 1 "$N_WRITES"); do post_option "$wvol" "q$i" >> "$tmp/write-quiet.ms"; done
wq_p50=$(awk '$2 ~ /^2/ { print $1 }' "$tmp/write-quiet.ms" | pct 50)
wq_max=$(awk '$2 ~ /^2/ { print $1 }' "$tmp/write-quiet.ms" | pct 100)
wq_bad=$(awk '$2 !~ /^2/' "$tmp/write-quiet.ms" | wc -l)
echo "write (POST /v1/volumes/$wvol/options), quiet (n=$N_WRITES): p50 $wq_p50 ms  max $wq_max ms ($wq_bad not 2xx)"

r0=$(metric glusterrest_cli_runs); s0=$(metric glusterrest_cli_stopped)
timeout 300 wrk -t2 -c32 -d240s --timeout 30s --latency -s "$nocache_lua" "$G/v1/volumes?status=1" > "$tmp/readers.txt" 2>&1 &
readers=$!; bg_pids+=("$readers")
sleep 3
: > "$tmp/write-loaded.ms"
t0=$(now_ns)
for i in $(seq 1 "$N_WRITES"); do post_option "$wvol" "l$i" >> "$tmp/write-loaded.ms"; done
kill_wait "$readers" 5
r1=$(metric glusterrest_cli_runs); s1=$(metric glusterrest_cli_stopped)
# the gateway still runs the CLI for the readers' requests it had accepted: let them drain (60 s at
# most) so the next loads, which need no CLI, do not share the machine with them
for _ in $(seq 1 60); do
  sleep 1; d=$(metric glusterrest_cli_runs)
  [ "$(metric glusterrest_cli_running)" = 0 ] && [ "$d" = "$r1" ] && break
  r1=$d
done
wl_p50=$(awk '$2 ~ /^2/ { print $1 }' "$tmp/write-loaded.ms" | pct 50)
wl_max=$(awk '$2 ~ /^2/ { print $1 }' "$tmp/write-loaded.ms" | pct 100)
wl_bad=$(awk '$2 !~ /^2/' "$tmp/write-loaded.ms" | wc -l)
w_ratio=$(ratio "$wl_p50" "$wq_p50")
echo "write under 32 no-cache readers of ?status=1 (n=$N_WRITES): p50 $wl_p50 ms  max $wl_max ms ($wl_bad not 2xx)  ratio p50 ${w_ratio} x quiet; CLI runs +$((r1 - r0)) (the readers' included, drained), reads stopped for a write +$((s1 - s0))"

# ---- authenticated, no CLI (GET /v1/jobs) vs unauthenticated jwks.json -------------------------------
run_wrk 8 5 "$auth_lua" "$G/v1/jobs" "$tmp/warm.txt"
run_wrk 8 5 "$anon_lua" "$G/.well-known/jwks.json" "$tmp/warm.txt"
r0=$(metric glusterrest_cli_runs)
run_wrk 8 "$WRK_SECONDS" "$auth_lua" "$G/v1/jobs" "$tmp/jobs.txt"
run_wrk 8 "$WRK_SECONDS" "$anon_lua" "$G/.well-known/jwks.json" "$tmp/jwks.txt"
run_wrk 32 "$WRK_SECONDS" "$anon_lua" "$G/.well-known/jwks.json" "$tmp/jwks32.txt"
r1=$(metric glusterrest_cli_runs)
read -r jobs_rps jobs_p50 jobs_p99 jobs_n jobs_non jobs_err < <(wrk_figures "$tmp/jobs.txt")
read -r jwks_rps jwks_p50 jwks_p99 jwks_n jwks_non jwks_err < <(wrk_figures "$tmp/jwks.txt")
read -r jwks32_rps jwks32_p50 jwks32_p99 jwks32_n jwks32_non jwks32_err < <(wrk_figures "$tmp/jwks32.txt")
jobs_ratio=$(ratio "$jobs_rps" "$jwks_rps")
cached_ratio=$(ratio "${rps[32]}" "$jwks32_rps")
cached_ratio8=$(ratio "${rps[8]}" "$jwks_rps")
echo "GET /v1/jobs, authenticated, 8 clients:           $jobs_rps req/s  p50 $jobs_p50 ms  p99 $jobs_p99 ms ($jobs_n requests, $jobs_non non-2xx, $jobs_err socket errors)"
echo "GET /.well-known/jwks.json, no auth, 8 clients:   $jwks_rps req/s  p50 $jwks_p50 ms  p99 $jwks_p99 ms ($jwks_n requests, $jwks_non non-2xx, $jwks_err socket errors)"
echo "GET /.well-known/jwks.json, no auth, 32 clients:  $jwks32_rps req/s  p50 $jwks32_p50 ms  p99 $jwks32_p99 ms ($jwks32_n requests, $jwks32_non non-2xx, $jwks32_err socket errors)"
echo "ratios: /v1/jobs ${jobs_ratio} x jwks.json (8 clients); cached /v1/volumes ${cached_ratio} x jwks.json at 32 clients, ${cached_ratio8} x at 8; CLI runs +$((r1 - r0))"
uncached_vs_cli warm
rss_loads=$(rss_mb)
echo "RSS after the loads:                               ${rss_loads} MB"

# ---- bounded mixed soak: cached reads, uncached reads, writes ----------------------------------------
echo "soak: ${SOAK} s of 4 clients of cached GET /v1/volumes, 2 of no-cache GET /v1/volumes?status=1, one writer (a user.* option every 0.5 s); RSS every 30 s"
r0=$(metric glusterrest_cli_runs)
soak_start_rss=$(rss_mb)
timeout $(( SOAK + 60 )) wrk -t1 -c4 -d"${SOAK}s" --timeout 30s --latency -s "$auth_lua" "$G/v1/volumes" > "$tmp/soak-cached.txt" 2>&1 &
bg_pids+=($!)
timeout $(( SOAK + 60 )) wrk -t1 -c2 -d"${SOAK}s" --timeout 30s --latency -s "$nocache_lua" "$G/v1/volumes?status=1" > "$tmp/soak-uncached.txt" 2>&1 &
bg_pids+=($!)
(
  end=$(( SECONDS + SOAK )); i=0
  while [ "$SECONDS" -lt "$end" ]; do i=$((i + 1)); post_option "$wvol" "s$i"; sleep 0.5; done
) > "$tmp/soak-writes.txt" 2>&1 &
bg_pids+=($!)
samples=(); olds=()
old_mb() { timeout 10 jstat -gc "$gateway" 2>/dev/null | awk 'NR == 2 { printf "%.0f", $8 / 1024 }'; }   # OU, KB
end=$(( SECONDS + SOAK ))
while [ "$SECONDS" -lt "$end" ]; do
  left=$(( end - SECONDS )); sleep $(( left < 30 ? left : 30 ))
  samples+=("$(rss_mb)"); olds+=("$(old_mb)")
done
for p in "${bg_pids[@]}"; do timeout $(( 60 )) tail --pid="$p" -f /dev/null 2>/dev/null || kill_wait "$p" 5; done
bg_pids=()
sleep 5
rss_soak=$(rss_mb)
r1=$(metric glusterrest_cli_runs)
read -r sc_rps sc_p50 sc_p99 sc_n sc_non sc_err < <(wrk_figures "$tmp/soak-cached.txt")
read -r su_rps su_p50 su_p99 su_n su_non su_err < <(wrk_figures "$tmp/soak-uncached.txt")
sw_n=$(wc -l < "$tmp/soak-writes.txt"); sw_bad=$(awk '$2 !~ /^2/' "$tmp/soak-writes.txt" | wc -l)
sw_p50=$(awk '$2 ~ /^2/ { print $1 }' "$tmp/soak-writes.txt" | pct 50)
growth=$(awk -v a="$soak_start_rss" -v b="$rss_soak" 'BEGIN { printf "%+.1f", (b - a) * 100 / a }')
growth_idle=$(awk -v a="$rss_idle" -v b="$rss_soak" 'BEGIN { printf "%+.1f", (b - a) * 100 / a }')
echo "soak cached reads:   $sc_rps req/s  p50 $sc_p50 ms  p99 $sc_p99 ms ($sc_n requests, $sc_non non-2xx, $sc_err socket errors)"
echo "soak uncached reads: $su_rps req/s  p50 $su_p50 ms  p99 $su_p99 ms ($su_n requests, $su_non non-2xx, $su_err socket errors)"
echo "soak writes:         $sw_n  p50 $sw_p50 ms ($sw_bad not 2xx); CLI runs +$((r1 - r0))"
echo "RSS during the soak (MB, every 30 s): ${samples[*]}"
echo "old generation in use (MB, jstat OU, same times): ${olds[*]} (collected only when it fills: growth here is garbage kept until then, not a leak by itself)"
echo "RSS after the soak:                                ${rss_soak} MB; growth over the ${SOAK} s soak ${growth} % (from ${soak_start_rss} MB), ${growth_idle} % from idle"
gc_note=$(grep -c 'OutOfMemoryError' "$run/gateway.log" || true)
echo "gateway log: $(wc -l < "$run/gateway.log") lines, $(grep -c 'SEVERE' "$run/gateway.log" || true) SEVERE, $gc_note OutOfMemoryError"

# ---- the gateway stops; cold start comes from coldstart.sh ----------------------------------------
kill_wait "$gateway" 30; gateway=
# the soak's load is still in the load average: cold starts taken at once came out 10-20 % slower
for _ in $(seq 1 36); do awk '{ exit !($1 < 0.5) }' /proc/loadavg && break; sleep 5; done
echo "== cold start and memory (load $(cut -d' ' -f1-3 /proc/loadavg))"
if [ -f "$here/coldstart.sh" ]; then
  # the launcher's JVM options and its class data sharing archive, for the hello WAR and ours alike
  COLDSTART_JAVA_OPTS=${COLDSTART_JAVA_OPTS:--Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC} \
    COLDSTART_CDS=${COLDSTART_CDS:-1} COLDSTART_HELLO_LOAD=1 timeout 900 bash "$here/coldstart.sh" || echo "coldstart.sh failed (exit $?)"
else
  echo "src/test/bench/coldstart.sh is not on this branch: no cold start figures (launch to first 200 of this run's gateway, JIT cold: ${launch_ms} ms)"
fi

# ---- the targets --------------------------------------------------------------------------------------
met() {
  case "$1" in *nan*|" "*|*"  "*) echo "not measured"; return ;; esac
  if awk "BEGIN { exit !($1) }" 2>/dev/null; then echo "met"; else echo "NOT met"; fi
}
target() { printf '%-62s %-20s %s\n' "$1" "$2" "$3"; }
pc() { awk -v r="$1" 'BEGIN { printf "%.0f %%", r * 100 }'; }
echo "== targets"
target "uncached p50 <= 1.1 x bare CLI p50 (warm; cold $cold_ratio x)" "$unc_ratio x" "$(met "$unc_ratio <= 1.1")"
target "cached, 32 clients: >= 60 % of jwks.json (32 clients)" "$(pc "$cached_ratio")" "$(met "$cached_ratio >= 0.6")"
target "cached, 32 clients: p99 <= 25 ms" "${p99[32]} ms" "$(met "${p99[32]} <= 25")"
target "cached: <= 1 CLI run per distinct read per change (none made)" "+$cached_runs8 / +$cached_runs32 runs" "$(met "$cached_runs8 <= 1 && $cached_runs32 <= 1")"
target "cached live: <= 1 CLI run per distinct read per max-age" "+$live_runs runs (<= $live_bound)" "$(met "$live_runs <= $live_bound")"
target "write under 32 no-cache readers <= 1.5 x quiet" "$w_ratio x" "$(met "$w_ratio <= 1.5")"
target "authenticated no-CLI >= 70 % of jwks.json (8 clients)" "$(pc "$jobs_ratio")" "$(met "$jobs_ratio >= 0.7")"
target "RSS growth < 10 % over 10 minutes" "${growth} % in ${SOAK} s" "$(met "${growth#+} < 10")$([ "$SOAK" -lt 600 ] && echo ' (soak shortened: not 10 minutes)')"
echo "== done $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
