#!/usr/bin/env bash
# Cold start and idle memory of glusterrestd against a hello-world JAX-RS WAR, on the same Payara Micro.
#   flock /tmp/glusterrest-it.lock bash src/test/bench/coldstart.sh [RUNS]   (3; after `mvn -B -DskipITs package`)
# (the lock: no integration tests run meanwhile; they would distort the figures)
# 1. RUNS times, alternating: target/payara-micro.jar with the same JVM options ($COLDSTART_JAVA_OPTS,
#    default -Xmx512m) and the same flags (--disablephonehome --nohazelcast, -Dhazelcast.phone.home.enabled=false,
#    a fresh --rootdir, a free loopback port) deploys
#      hello   a WAR of one @ApplicationPath and one @GET resource (javac against the Jakarta EE web API
#              jar in ~/.m2, zipped; kept in target/coldstart/hello.war), timed to the first 200 of its GET
#      ours    target/glusterrestd.war with a fresh state directory, timed to the first 200 of /health/live
#    and measures the VmRSS after $IDLE_SECONDS (20) idle. With COLDSTART_CDS=1 also "ours+CDS": the same WAR
#    with an AppCDS archive of a training run (see cds_prepare), to measure what CDS would bring; with
#    COLDSTART_VARIANT_OPTS="-XX:..." also "ours+opts": the same WAR with those JVM options added.
# 2. The launcher, server-config/glusterrestd as shipped (its own JAVA_OPTS default), a fresh state
#    directory each time, its cache directory empty at first: HTTPS disabled (the first start on a machine),
#    again, then HTTPS enabled (which makes the certificate), timed to the first 200 of /health/live, with
#    the number of JVMs it ran before the gateway's own.
# 3. With COLDSTART_HELLO_LOAD=1 (and wrk), the hello WAR's throughput and latency at 32 clients.
# Needs no glusterd (/health/live does not ask it) and starts none. Everything it starts is stopped by
# pid, and its temporary directory removed, also on Ctrl-C.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
RUNS=${1:-3}
IDLE=${IDLE_SECONDS:-20}
JOPTS=${COLDSTART_JAVA_OPTS:--Xmx512m}
MICRO=$top/target/payara-micro.jar
WAR=$top/target/glusterrestd.war
for f in "$MICRO" "$WAR" "$top/target/gluster-restapi.jar"; do
  [ -f "$f" ] || { echo "coldstart: $f is missing; run mvn -B -DskipITs package first" >&2; exit 1; }
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/glusterrestd-coldstart.XXXXXX")
pid=

stop() {
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || { pid=; return 0; }
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=
}
cleanup() { stop; rm -rf "$tmp"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  local p
  while :; do
    p=$(( 20000 + RANDOM % 30000 ))
    [ -z "$(ss -Htln "sport = :$p")" ] && { echo "$p"; return 0; }
  done
}

hello_war() {
  local out=$top/target/coldstart/hello.war api src
  [ -f "$out" ] && { echo "$out"; return 0; }
  api=$(ls ~/.m2/repository/jakarta/platform/jakarta.jakartaee-web-api/10.0.0/jakarta.jakartaee-web-api-10.0.0.jar)
  src=$tmp/hello
  mkdir -p "$src/hello" "$src/war/WEB-INF/classes"
  cat > "$src/hello/HelloApplication.java" <<'JAVA'
package hello;

@jakarta.ws.rs.ApplicationPath("/")
public class HelloApplication extends jakarta.ws.rs.core.Application {
}
JAVA
  cat > "$src/hello/HelloResource.java" <<'JAVA'
package hello;

@jakarta.ws.rs.Path("hello")
public class HelloResource {
    @jakarta.ws.rs.GET
    public String hello() {
        return "hello";
    }
}
JAVA
  javac --release 17 -cp "$api" -d "$src/war/WEB-INF/classes" "$src"/hello/*.java
  mkdir -p "$(dirname "$out")"
  (cd "$src/war" && rm -f "$out" && zip -qr "$out" WEB-INF)
  echo "$out"
}

# wait_200 URL LOG: the ms from $t0 to the first 200, or exit when the process died or 150 s passed
wait_200() {
  local url=$1 log=$2 code=
  for _ in $(seq 1 3000); do
    code=$(curl -sk --max-time 2 -o /dev/null -w '%{http_code}' "$url" || true)
    [ "$code" = 200 ] && { echo $(( ($(date +%s%N) - t0) / 1000000 )); return 0; }
    kill -0 "$pid" 2>/dev/null || { echo "coldstart: pid $pid exited; its log:" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 0.05
  done
  echo "coldstart: no 200 from $url within 150 s" >&2; exit 1
}

idle_rss_mb() {
  local exe
  exe=$(readlink "/proc/$pid/exe")
  case "$exe" in */java) ;; *) echo "coldstart: pid $pid is $exe, not java" >&2; exit 1 ;; esac
  sleep "$IDLE"
  echo $(( $(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status") / 1024 ))
}

# direct NAME WAR PATH RUN [JAR OPTION...]: one cold start of WAR on Payara Micro (or JAR, a launch-micro.jar,
# with the JVM OPTIONs); prints "ms rss"
direct() {
  local name=$1 war=$2 path=$3 dir=$tmp/$1-$4 jar=${5:-$MICRO} port ms rss root
  shift 4; shift $(( $# > 0 ? 1 : 0 ))
  root=(--rootdir "$dir/root"); [ "$jar" = "$MICRO" ] || root=()
  port=$(free_port)
  mkdir -p "$dir/tmp" "$dir/state"
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  GLUSTERREST_STATE_DIR="$dir/state" java $JOPTS "$@" -Dhazelcast.phone.home.enabled=false -Djava.io.tmpdir="$dir/tmp" \
    -jar "$jar" --disablephonehome --nohazelcast "${root[@]}" --port "$port" \
    --deploy "$war" --contextroot / > "$dir/log" 2>&1 &
  pid=$!
  ms=$(wait_200 "http://127.0.0.1:$port$path" "$dir/log")
  rss=$(idle_rss_mb)
  stop
  rm -rf "$dir"
  echo "$ms $rss"
}

# launched HTTPS RUN: one start through server-config/glusterrestd (a fresh state, its cache in $tmp/cache), https and port set as an
# operator sets them (gluster-restapi config-set, before the clock starts); prints "ms rss jvms", jvms
# being the JVMs it ran before the gateway's own (counted by a `java` first in its PATH that execs the real one)
launched() {
  local https=$1 dir=$tmp/launcher-$1-$2 port scheme=http ms rss jvms
  [ "$https" = enabled ] && scheme=https
  port=$(free_port)
  mkdir -p "$dir/bin"
  java -jar "$top/target/gluster-restapi.jar" config-set https "$https" --state-dir "$dir/state" >/dev/null
  java -jar "$top/target/gluster-restapi.jar" config-set port "$port" --state-dir "$dir/state" >/dev/null
  printf '#!/bin/sh\necho "$*" >> %q\nexec %q "$@"\n' "$dir/javas" "$(command -v java)" > "$dir/bin/java"
  chmod +x "$dir/bin/java"
  t0=$(date +%s%N)
  PATH="$dir/bin:$PATH" GLUSTERREST_STATE_DIR="$dir/state" GLUSTERREST_RUN_DIR="$dir/run" GLUSTERREST_BIND=127.0.0.1 \
    GLUSTERREST_CACHE_DIR="$tmp/cache" \
    "$top/server-config/glusterrestd" > "$dir/log" 2>&1 &
  pid=$!
  ms=$(wait_200 "$scheme://127.0.0.1:$port/health/live" "$dir/log")
  jvms=$(wc -l < "$dir/javas")
  rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
  stop
  rm -rf "$dir"
  echo "$ms $(( rss / 1024 )) $(( jvms - 1 ))"
}

# AppCDS (COLDSTART_CDS=1): a Payara Micro root made once with --outputlauncher (its launch-micro.jar puts
# the runtime jars on the class path, which a dynamic CDS archive needs), one training run of our WAR with
# --warmup and -XX:ArchiveClassesAtExit, then each run on a copy of the root's pristine config
cds_prepare() {
  local c=$tmp/cds
  mkdir -p "$c/tmp" "$c/state"
  java -Dhazelcast.phone.home.enabled=false -Djava.io.tmpdir="$c/tmp" -jar "$MICRO" --disablephonehome --nohazelcast \
    --rootdir "$c/root" --outputlauncher > "$c/outputlauncher.log" 2>&1
  cp -a "$c/root/config" "$c/config"
  # shellcheck disable=SC2086
  GLUSTERREST_STATE_DIR="$c/state" java $JOPTS -XX:ArchiveClassesAtExit="$c/ours.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -Dhazelcast.phone.home.enabled=false -Djava.io.tmpdir="$c/tmp" -jar "$c/root/launch-micro.jar" --disablephonehome \
    --nohazelcast --port "$(free_port)" --deploy "$WAR" --contextroot / --warmup > "$c/training.log" 2>&1
  [ -f "$c/ours.jsa" ] || { echo "coldstart: the CDS training run made no archive; its log:" >&2; tail -20 "$c/training.log" >&2; exit 1; }
}
cds_reset() {
  local c=$tmp/cds
  rm -rf "$c/root/applications" "$c/root/generated" "$c/root/logs" "$c/root/config" "$c/root/autodeploy"
  cp -a "$c/config" "$c/root/config"
}

hello=$(hello_war)
echo "coldstart: $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "coldstart: JVM options '$JOPTS', $IDLE s idle before RSS; $RUNS runs each, alternating"
h_ms=(); h_rss=(); o_ms=(); o_rss=(); c_ms=(); c_rss=(); v_ms=(); v_rss=()
variant=${COLDSTART_VARIANT_OPTS:-}
cds=${COLDSTART_CDS:-0}
[ "$cds" = 1 ] && cds_prepare
for run in $(seq 1 "$RUNS"); do
  read -r ms rss < <(direct hello "$hello" /hello "$run")
  h_ms+=("$ms"); h_rss+=("$rss")
  printf 'coldstart: run %d hello  %6d ms to first 200, RSS %4d MB\n' "$run" "$ms" "$rss"
  read -r ms rss < <(direct ours "$WAR" /health/live "$run")
  o_ms+=("$ms"); o_rss+=("$rss")
  printf 'coldstart: run %d ours   %6d ms to first 200, RSS %4d MB\n' "$run" "$ms" "$rss"
  if [ "$cds" = 1 ]; then
    cds_reset
    read -r ms rss < <(direct ourscds "$WAR" /health/live "$run" "$tmp/cds/root/launch-micro.jar" -XX:SharedArchiveFile="$tmp/cds/ours.jsa")
    c_ms+=("$ms"); c_rss+=("$rss")
    printf 'coldstart: run %d ours+CDS %4d ms to first 200, RSS %4d MB\n' "$run" "$ms" "$rss"
  fi
  if [ -n "$variant" ]; then
    # shellcheck disable=SC2086
    read -r ms rss < <(direct oursopts "$WAR" /health/live "$run" "$MICRO" $variant)
    v_ms+=("$ms"); v_rss+=("$rss")
    printf 'coldstart: run %d ours+opts %3d ms to first 200, RSS %4d MB\n' "$run" "$ms" "$rss"
  fi
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
hm=$(median "${h_ms[@]}"); om=$(median "${o_ms[@]}"); hr=$(median "${h_rss[@]}"); orss=$(median "${o_rss[@]}")
echo "coldstart: hello ms ${h_ms[*]}; ours ms ${o_ms[*]}; hello RSS MB ${h_rss[*]}; ours RSS MB ${o_rss[*]}"
printf 'coldstart: median cold start hello %d ms, ours %d ms: ratio %s (target <= 1.25)\n' "$hm" "$om" \
  "$(awk -v a="$om" -v b="$hm" 'BEGIN {printf "%.2f", a / b}')"
if [ "$cds" = 1 ]; then
  cm=$(median "${c_ms[@]}"); cr=$(median "${c_rss[@]}")
  printf 'coldstart: ours+CDS ms %s; RSS MB %s; median %d ms: ratio %s to hello; RSS %+d MB to hello\n' "${c_ms[*]}" \
    "${c_rss[*]}" "$cm" "$(awk -v a="$cm" -v b="$hm" 'BEGIN {printf "%.2f", a / b}')" $(( cr - hr ))
fi
if [ -n "$variant" ]; then
  vm=$(median "${v_ms[@]}"); vr=$(median "${v_rss[@]}")
  printf 'coldstart: ours+opts (%s) ms %s; RSS MB %s; median %d ms: ratio %s to hello; RSS %+d MB to hello\n' "$variant" \
    "${v_ms[*]}" "${v_rss[*]}" "$vm" "$(awk -v a="$vm" -v b="$hm" 'BEGIN {printf "%.2f", a / b}')" $(( vr - hr ))
fi
printf 'coldstart: median idle RSS hello %d MB, ours %d MB: %+d MB (target <= +60)\n' "$hr" "$orss" $(( orss - hr ))

# COLDSTART_HELLO_LOAD=1 (bench.sh sets it): the hello WAR under the load bench.sh puts on ours (wrk, 2 threads,
# 32 clients, 10 s after a 5 s warm-up): what this Payara Micro with these JVM options on this machine gives a
# request that does nothing, the yardstick for our own p99
if [ "${COLDSTART_HELLO_LOAD:-0}" = 1 ] && command -v wrk >/dev/null; then
  dir=$tmp/hello-load; port=$(free_port)
  mkdir -p "$dir/tmp"
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  java $JOPTS -Dhazelcast.phone.home.enabled=false -Djava.io.tmpdir="$dir/tmp" -jar "$MICRO" --disablephonehome \
    --nohazelcast --rootdir "$dir/root" --port "$port" --deploy "$hello" --contextroot / > "$dir/log" 2>&1 &
  pid=$!
  wait_200 "http://127.0.0.1:$port/hello" "$dir/log" > /dev/null
  timeout 40 wrk -t2 -c32 -d5s "http://127.0.0.1:$port/hello" > /dev/null 2>&1 || true
  timeout 40 wrk -t2 -c32 -d10s --timeout 10s --latency "http://127.0.0.1:$port/hello" > "$dir/wrk" 2>&1 || true
  stop
  awk '/ 50%/ { p50 = $2 } / 99%/ { p99 = $2 } /^Requests\/sec:/ { rps = $2 }
    END { printf "coldstart: hello WAR under load, 32 clients, 10 s: %.0f req/s, p50 %s, p99 %s\n", rps, p50, p99 }' "$dir/wrk"
fi

# the first start on a machine (an empty cache: the launcher may prepare its class data sharing), then later ones
for start in "disabled first" "disabled later" "enabled later"; do
  read -r https when <<< "$start"
  read -r ms rss jvms < <(launched "$https" "$when")
  printf 'coldstart: launcher, HTTPS %-8s %-5s start %6d ms to first 200 of /health/live (fresh state), RSS %4d MB at once, %d JVM(s) before the gateway\n' \
    "$https" "$when" "$ms" "$rss" "$jvms"
done
