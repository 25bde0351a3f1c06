#!/usr/bin/env bash
# A real N-node GlusterFS pool on this one machine, with glusterrestd on every node, for the tests.
# Node i: network namespace ${NS}$i with 10.77.0.$i/24, its own mount and UTS namespace (hostname n$i),
# private copies of /etc, /var/lib/glusterd, /var/log/glusterfs and /run, state under $BASE/n$i.
# The nodes meet on a bridge in the namespace ${NS}hub, which also holds 10.77.0.254 for clients
# (the tests run curl there). `up` first installs the built tree with server-config/install.sh into
# $BASE/install, and every gateway is that installed launcher, `$BASE/install/sbin/glusterrestd
# --with-glusterd`, the same command the Docker image runs (glusterd runs already in a node, so
# --with-glusterd only starts the node's glustereventsd: UDP 55555 in the node's network namespace,
# its log the node's /var/log/glusterfs/events.log = $BASE/n$i/log/events.log); it always passes
# --disablephonehome and --nohazelcast to Payara Micro. `up` fails when a node has no glustereventsd.
# GLUSTERREST_WAR, PAYARA_MICRO_JAR and GLUSTERREST_TOOL in the environment still replace the installed files. Nothing is configured in the host's own network namespace, and every
# process this script starts is stopped by pid (`down`; glustereventsd with its webhook child and
# pid-file holder by server-config/events-daemon.sh run inside the node).
#   test-pool.sh up | down | node-down i | node-up i | gateway-down i (SIGTERM) | gateway-kill i (SIGKILL) | gateway-up i
#   test-pool.sh eventsd i start|stop|pid   node i's glustereventsd (pid: its main process)
#   test-pool.sh tool i ARGS...     gluster-restapi on node i
#   test-pool.sh cli i ARGS...      gluster on node i
#   test-pool.sh sh i CMD...        any command on node i
#   test-pool.sh client ARGS...     a command in the clients' namespace (curl ...)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
BASE=${BASE:-$top/target/test-pool}
N=${N:-3}
NS=${NS:-grp}
PORT=7443
WAR=${GLUSTERREST_WAR:-$top/target/glusterrestd.war}
MICRO=${PAYARA_MICRO_JAR:-$top/target/payara-micro.jar}
TOOL=${GLUSTERREST_TOOL:-$top/target/gluster-restapi.jar}
INSTALL=$BASE/install

gpid() { cat "$BASE/n$1/run/glusterd.pid"; }
in_node() { local i=$1; shift; nsenter -t "$(gpid "$i")" -m -n -u "$@"; }
log() { printf 'test-pool: %s\n' "$*" >&2; }

# alive = exists and is not a zombie (kill -0 succeeds on zombies, e.g. glustereventsd's replaced
# webhook children)
alive() { local s; s=$(cat "/proc/$1/stat" 2>/dev/null) || return 1; s=${s##*) }; [ -n "$s" ] && [ "${s%% *}" != Z ]; }
kill_wait() {
  local p=$1; [ -n "$p" ] && alive "$p" || return 0
  kill -TERM "$p" 2>/dev/null || true
  for _ in $(seq 1 100); do alive "$p" || return 0; sleep 0.1; done
  kill -KILL "$p" 2>/dev/null || true
}

net_up() {
  ip netns add "${NS}hub"
  ip -n "${NS}hub" link add gbr0 type bridge
  ip -n "${NS}hub" addr add 10.77.0.254/24 dev gbr0
  ip -n "${NS}hub" link set gbr0 up
  ip -n "${NS}hub" link set lo up
  for i in $(seq 1 "$N"); do
    ip netns add "${NS}$i"
    ip link add "v$i" netns "${NS}$i" type veth peer name "h$i" netns "${NS}hub"
    ip -n "${NS}hub" link set "h$i" master gbr0
    ip -n "${NS}hub" link set "h$i" up
    ip -n "${NS}$i" link set lo up
    ip -n "${NS}$i" addr add "10.77.0.$i/24" dev "v$i"
    ip -n "${NS}$i" link set "v$i" up
  done
}

node_prep() {
  local i=$1 B="$BASE/n$1"
  [ -d "$B/lib" ] && return 0
  # lib/events: gluster-eventsapi cannot copy webhooks.json to a node without it
  mkdir -p "$B/lib/events" "$B/run" "$B/log" "$B/bricks" "$B/state" "$B/gw"
  cp -a /var/lib/glusterd/groups /var/lib/glusterd/hooks "$B/lib/" 2>/dev/null || true
  cp -a /etc "$B/etc"
  { echo "127.0.0.1 localhost"; for j in $(seq 1 "$N"); do echo "10.77.0.$j n$j"; done; } > "$B/etc/hosts"
  echo "n$i" > "$B/etc/hostname"
}

glusterd_up() {
  local i=$1 B="$BASE/n$1"
  node_prep "$i"
  nsenter --net="/run/netns/${NS}$i" unshare --mount --uts --propagation private bash -c "
    hostname n$i
    mount --bind $B/etc /etc
    mount --bind $B/lib /var/lib/glusterd
    mount --bind $B/log /var/log/glusterfs
    mount --bind $B/run /run
    mkdir -p /run/gluster /var/log/glusterfs/bricks
    exec glusterd -p /run/glusterd.pid --log-level INFO"
  for _ in $(seq 1 300); do in_node "$i" gluster --mode=script pool list >/dev/null 2>&1 && return 0; sleep 0.1; done
  log "glusterd n$i not ready"; return 1
}

gateway_start() {
  local i=$1 B="$BASE/n$1"
  # nsenter, env and the launcher each exec the next, so $! is the gateway's java (not a subshell)
  nsenter -t "$(gpid "$i")" -m -n -u env GLUSTERREST_HTTPS=disabled GLUSTERREST_BIND=0.0.0.0 GLUSTERREST_PORT=$PORT \
    GLUSTERREST_STATE_DIR="$B/state" GLUSTERREST_RUN_DIR="$B/gw" \
    JAVA_OPTS="-Xmx384m -XX:+UseSerialGC" "$INSTALL/sbin/glusterrestd" --with-glusterd \
    > "$B/gateway.log" 2>&1 &
  echo $! > "$B/gateway.pid"
}

gateway_wait() {
  local i=$1
  for _ in $(seq 1 1800); do
    [ "$(ip netns exec "${NS}hub" curl -s -o /dev/null -w '%{http_code}' "http://10.77.0.$i:$PORT/.well-known/jwks.json" \
        2>/dev/null || true)" = 200 ] && return 0
    kill -0 "$(cat "$BASE/n$i/gateway.pid")" 2>/dev/null || { log "glusterrestd n$i exited"; tail -20 "$BASE/n$i/gateway.log" >&2; return 1; }
    sleep 0.1
  done
  log "glusterrestd n$i not ready after 180 s"; return 1
}

gateway_down() {
  local f="$BASE/n$1/gateway.pid"
  [ -f "$f" ] && kill_wait "$(cat "$f")"
  rm -f "$f"
}

# node i's glustereventsd (main pid, start, stop), by events-daemon.sh inside the node's namespaces
eventsd() { local i=$1; shift; [ -f "$BASE/n$i/run/glusterd.pid" ] && in_node "$i" bash "$here/events-daemon.sh" "$@"; }

eventsd_check() {
  local i=$1 p
  p=$(eventsd "$i" pid) || true
  [ -n "$p" ] || { log "n$i has no glustereventsd"; tail -20 "$BASE/n$i/gateway.log" >&2; return 1; }
  log "n$i glustereventsd pid $p"
}

# SIGKILL, as a crash or the OOM killer would: no shutdown hooks, nothing written on the way out
gateway_kill() {
  local f="$BASE/n$1/gateway.pid" p
  [ -f "$f" ] || return 0
  p=$(cat "$f")
  kill -KILL "$p" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
  rm -f "$f"
}

node_down() {
  local i=$1 R="$BASE/n$1/run"
  gateway_down "$i"
  # while glusterd still runs (its namespaces are the node's); the sweep below would get it otherwise
  eventsd "$i" stop || true
  [ -f "$R/glusterd.pid" ] && kill_wait "$(cat "$R/glusterd.pid")"
  find "$R/gluster" -name '*.pid' -type f 2>/dev/null | while read -r f; do kill_wait "$(cat "$f")"; done
  for p in $(ip netns pids "${NS}$i" 2>/dev/null); do kill_wait "$p"; done
  rm -f "$R/glusterd.pid" "$R/glusterd.socket"
}

case "${1:-}" in
  up)
    for f in "$WAR" "$MICRO" "$TOOL"; do [ -f "$f" ] || { log "$f is missing (mvn package)"; exit 1; }; done
    ip netns list | grep -q "^${NS}hub" && { log "a pool named $NS runs already; test-pool.sh down first"; exit 1; }
    rm -rf "$BASE"; mkdir -p "$BASE"
    INSTALL_CDS=no PREFIX="$INSTALL" SYSTEMD_DIR="$INSTALL/systemd" bash "$here/install.sh" > "$BASE/install.log"
    net_up
    for i in $(seq 1 "$N"); do glusterd_up "$i"; done
    for i in $(seq 2 "$N"); do in_node 1 gluster --mode=script --xml peer probe "n$i" | grep -q '<opRet>0</opRet>'; done
    in_node 2 gluster --mode=script --xml peer probe n1 | grep -q '<opRet>0</opRet>'
    for _ in $(seq 1 100); do [ "$(in_node 1 gluster --mode=script pool list | grep -c Connected)" = "$N" ] && break; sleep 0.1; done
    for i in $(seq 1 "$N"); do gateway_start "$i"; done
    for i in $(seq 1 "$N"); do gateway_wait "$i"; done
    for i in $(seq 1 "$N"); do eventsd_check "$i"; done
    log "pool of $N nodes up, glusterrestd on http://10.77.0.{1..$N}:$PORT (reach it with: test-pool.sh client curl ...)" ;;
  down)
    for i in $(seq 1 "$N"); do node_down "$i"; done
    for i in $(seq 1 "$N"); do ip netns del "${NS}$i" 2>/dev/null || true; done
    ip netns del "${NS}hub" 2>/dev/null || true ;;
  node-down) node_down "$2" ;;
  node-up) glusterd_up "$2"; gateway_start "$2"; gateway_wait "$2"; eventsd_check "$2" ;;
  gateway-down) gateway_down "$2" ;;
  gateway-kill) gateway_kill "$2" ;;
  gateway-up) gateway_start "$2"; gateway_wait "$2" ;;
  eventsd) eventsd "$2" "${3:?start, stop or pid}" ;;
  tool) i=$2; shift 2; in_node "$i" env GLUSTERREST_STATE_DIR="$BASE/n$i/state" java -jar "$TOOL" "$@" ;;
  cli) i=$2; shift 2; in_node "$i" gluster --mode=script "$@" ;;
  sh) i=$2; shift 2; in_node "$i" "$@" ;;
  client) shift; ip netns exec "${NS}hub" "$@" ;;
  *) echo "usage: $0 up|down|node-down i|node-up i|gateway-down i|gateway-kill i|gateway-up i|eventsd i start|stop|pid|tool i ARGS|cli i ARGS|client CMD" >&2; exit 2 ;;
esac
