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
# A second pool beside it, the secondary of geo-replication (GlusterFS's asynchronous copy to another pool):
#   test-pool.sh secondary-up       SN nodes (1) s1..sSN on 10.77.0.101.., each with glusterd and its own sshd
#                                   (port 22 on its address, its own host keys), no gateway; volumes $SVOL
#                                   (for root) and $MBVOL (for $MBUSER through the mountbroker); the primary
#                                   nodes' root keys in each secondary node's root and $MBUSER authorized_keys
#   test-pool.sh secondary-down     stops the secondary pool only (`down` stops both)
#   test-pool.sh secondary-pem PVOL [SVOL]  on s1, as its root: installs the keys a non-root (mountbroker)
#                                   `create push-pem` left in ~$MBUSER (set_geo_rep_pem_keys.sh)
#   test-pool.sh sshd-down sN | sshd-up sN  stop node sN's sshd and every ssh session into it / start it again
# Nodes are named by number (1 = n1) or name (n1, s1). Every node has private /etc, /root (ssh keys),
# /home, /var/lib/misc (gsyncd's working dirs, the mountbroker root) besides the above.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
BASE=${BASE:-$top/target/test-pool}
N=${N:-3}
SN=${SN:-1}
NS=${NS:-grp}
SVOL=${SVOL:-backup}
MBVOL=${MBVOL:-backup-nonroot}
MBUSER=${MBUSER:-geoaccount}
MBGROUP=${MBGROUP:-geogroup}
MBROOT=/var/lib/misc/mountbroker-root
PORT=7443
WAR=${GLUSTERREST_WAR:-$top/target/glusterrestd.war}
MICRO=${PAYARA_MICRO_JAR:-$top/target/payara-micro.jar}
TOOL=${GLUSTERREST_TOOL:-$top/target/gluster-restapi.jar}
INSTALL=$BASE/install

# the node daemons' environment: none of the caller's PATH (pyenv's python3 lacks GlusterFS's modules)
CLEAN=(env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8)

name() { case $1 in [0-9]*) echo "n$1" ;; *) echo "$1" ;; esac; }
ns_of() { case $1 in n*) echo "${NS}${1#n}" ;; *) echo "${NS}sec${1#s}" ;; esac; }
ip_of() { case $1 in n*) echo "10.77.0.${1#n}" ;; *) echo "10.77.0.$((100 + ${1#s}))" ;; esac; }
primaries() { seq -f 'n%g' 1 "$N"; }
secondaries() { seq -f 's%g' 1 "$SN"; }
nodes() { for d in "$BASE"/[ns][0-9]*; do [ -d "$d/etc" ] && basename "$d"; done; true; }
running_primaries() { nodes | grep '^n'; }   # the pool that runs, whatever N its up had
gpid() { cat "$BASE/$(name "$1")/run/glusterd.pid"; }
in_node() { local n=$1; shift; nsenter -t "$(gpid "$n")" -m -n -u "$@"; }
cli() { local n=$1; shift; in_node "$n" gluster --mode=script "$@"; }
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
}

link_node() {
  local n=$1 ns; ns=$(ns_of "$1")
  ip netns add "$ns"
  ip link add "v$n" netns "$ns" type veth peer name "h$n" netns "${NS}hub"
  ip -n "${NS}hub" link set "h$n" master gbr0
  ip -n "${NS}hub" link set "h$n" up
  ip -n "$ns" link set lo up
  ip -n "$ns" addr add "$(ip_of "$n")/24" dev "v$n"
  ip -n "$ns" link set "v$n" up
}

node_prep() {
  local n=$1 B="$BASE/$1"
  [ -d "$B/lib" ] && return 0
  # lib/events: gluster-eventsapi cannot copy webhooks.json to a node without it
  mkdir -p "$B/lib/events" "$B/run" "$B/log" "$B/bricks" "$B/state" "$B/gw" "$B/home" "$B/root/.ssh" "$B/misc"
  # sshd refuses keys under a group- or world-writable home; the mountbroker root's parents must be root's, 0755
  chmod 700 "$B/root" "$B/root/.ssh"
  chmod 755 "$B/misc"
  cp -a /var/lib/glusterd/groups /var/lib/glusterd/hooks "$B/lib/" 2>/dev/null || true
  cp -a /etc "$B/etc"
  rm -f "$B"/etc/ssh/ssh_host_*
  echo "$n" > "$B/etc/hostname"
}

# every node's /etc/hosts names the nodes of both pools
write_hosts() {
  local n m
  for n in $(nodes); do
    { echo "127.0.0.1 localhost"; for m in $(nodes); do echo "$(ip_of "$m") $m"; done; } > "$BASE/$n/etc/hosts"
  done
}

# glusterd in node n's namespaces, or in those of the node's live process $2 (a restart)
glusterd_up() {
  local n B; n=$(name "$1"); B="$BASE/$n"
  if [ -n "${2:-}" ]; then
    nsenter -t "$2" -m -n -u "${CLEAN[@]}" glusterd -p /run/glusterd.pid --log-level INFO
  else
    node_prep "$n"
    nsenter --net="/run/netns/$(ns_of "$n")" unshare --mount --uts --propagation private "${CLEAN[@]}" bash -c "
      hostname $n
      mount --bind $B/etc /etc
      mount --bind $B/lib /var/lib/glusterd
      mount --bind $B/log /var/log/glusterfs
      mount --bind $B/run /run
      mount --bind $B/root /root
      mount --bind $B/home /home
      mount --bind $B/misc /var/lib/misc
      mkdir -p /run/gluster /var/log/glusterfs/bricks
      exec glusterd -p /run/glusterd.pid --log-level INFO"
  fi
  for _ in $(seq 1 300); do cli "$n" pool list >/dev/null 2>&1 && return 0; sleep 0.1; done
  log "glusterd $n not ready"; return 1
}

# pool of the nodes given: the first probes the others and waits until all are connected
probe_all() {
  local first=$1 n; shift
  for n in "$@"; do cli "$first" --xml peer probe "$n" | grep -q '<opRet>0</opRet>'; done
  # the first is known by its name to the others too, not by the address of its probes
  [ $# -eq 0 ] || cli "$1" --xml peer probe "$first" | grep -q '<opRet>0</opRet>'
  for _ in $(seq 1 100); do [ "$(cli "$first" pool list | grep -c Connected)" = $(( $# + 1 )) ] && break; sleep 0.1; done
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
  local n R; n=$(name "$1"); R="$BASE/$n/run"
  [ -e "/run/netns/$(ns_of "$n")" ] || return 0
  if [ "${n#n}" != "$n" ]; then
    gateway_down "${n#n}"
    # while glusterd still runs (its namespaces are the node's); the sweep below would get it otherwise
    eventsd "${n#n}" stop || true
  fi
  [ -f "$R/glusterd.pid" ] && kill_wait "$(cat "$R/glusterd.pid")"
  find "$R/gluster" -name '*.pid' -type f 2>/dev/null | while read -r f; do kill_wait "$(cat "$f")"; done
  for p in $(ip netns pids "$(ns_of "$n")" 2>/dev/null); do kill_wait "$p"; done
  rm -f "$R/glusterd.pid" "$R/glusterd.socket" "$R/sshd.pid"
}

# node n's sshd on port 22 of its address, with the node's own host keys (made at its first start)
sshd_up() {
  local n; n=$(name "$1")
  in_node "$n" "${CLEAN[@]}" sh -c "mkdir -p -m 755 /run/sshd && ssh-keygen -A >/dev/null &&
    exec /usr/sbin/sshd -o PidFile=/run/sshd.pid -o ListenAddress=$(ip_of "$n") -E /var/log/glusterfs/sshd.log"
}

# stops node n's sshd and every ssh session into the node (what a crash of the node's ssh does to them)
sshd_down() {
  local n p; n=$(name "$1")
  [ -f "$BASE/$n/run/sshd.pid" ] && kill_wait "$(cat "$BASE/$n/run/sshd.pid")"
  for p in $(ip netns pids "$(ns_of "$n")" 2>/dev/null); do
    [ "$(cat "/proc/$p/comm" 2>/dev/null)" = sshd ] && kill_wait "$p"
  done
  rm -f "$BASE/$n/run/sshd.pid"
}

# passwordless ssh from every primary node's root to user $1 on every secondary node (what `create push-pem`
# needs): each primary node's own key, its public half in the secondary's ~$1/.ssh/authorized_keys
ssh_keys() {
  local user=$1 p s home
  for p in $(running_primaries); do
    [ -f "$BASE/$p/root/.ssh/id_ed25519" ] || in_node "$p" ssh-keygen -q -t ed25519 -N '' -f /root/.ssh/id_ed25519
    for s in $(secondaries); do
      home=$(in_node "$s" getent passwd "$user" | cut -d: -f6)
      in_node "$s" sh -c "umask 077; mkdir -p $home/.ssh && cat >> $home/.ssh/authorized_keys && chown -R $user: $home/.ssh" \
        < "$BASE/$p/root/.ssh/id_ed25519.pub"
      in_node "$p" ssh -n -oBatchMode=yes -oStrictHostKeyChecking=accept-new "$user@$s" true
    done
  done
}

# the non-root way (GlusterFS's "Setting up a geo-replication session as a non-root user"): on the secondary
# pool a group and user, gluster-mountbroker setup and add, then glusterd restarted to read them
mountbroker() {
  local s
  for s in $(secondaries); do
    in_node "$s" sh -c "groupadd $MBGROUP && useradd -m -s /bin/bash -G $MBGROUP $MBUSER"
    # gverify.sh runs `source /etc/profile && gluster --version` as the user: Debian's profile has no /usr/sbin
    echo 'PATH="$PATH:/usr/sbin"; export PATH' >> "$BASE/$s/etc/profile"
  done
  in_node s1 "${CLEAN[@]}" gluster-mountbroker setup "$MBROOT" "$MBGROUP" >&2
  in_node s1 "${CLEAN[@]}" gluster-mountbroker add "$MBVOL" "$MBUSER" >&2
  for s in $(secondaries); do
    kill_wait "$(gpid "$s")"
    glusterd_up "$s" "$(cat "$BASE/$s/run/sshd.pid")"
  done
}

secondary_up() {
  ip netns list | grep -q "^${NS}hub" || { log "no primary pool: test-pool.sh up first"; exit 1; }
  ip netns list | grep -q "^${NS}sec1" && { log "a secondary pool runs already; test-pool.sh secondary-down first"; exit 1; }
  local s v bricks
  for s in $(secondaries); do rm -rf "${BASE:?}/$s"; node_prep "$s"; link_node "$s"; done
  write_hosts
  for s in $(secondaries); do glusterd_up "$s"; sshd_up "$s"; done
  probe_all $(secondaries)
  for v in "$SVOL" "$MBVOL"; do
    bricks=(); for s in $(secondaries); do bricks+=("$s:$BASE/$s/bricks/$v"); done
    cli s1 volume create "$v" "${bricks[@]}" force >&2
    cli s1 volume start "$v" >&2
  done
  mountbroker
  ssh_keys root
  ssh_keys "$MBUSER"
  log "secondary pool of $SN nodes up: s1..s$SN (10.77.0.101..), volumes $SVOL (root) and $MBVOL ($MBUSER, mountbroker)"
}

secondary_down() {
  local s
  for s in $(nodes); do [ "${s#s}" != "$s" ] && node_down "$s" && { ip netns del "$(ns_of "$s")" 2>/dev/null || true; }; done
  true
}

case "${1:-}" in
  up)
    for f in "$WAR" "$MICRO" "$TOOL"; do [ -f "$f" ] || { log "$f is missing (mvn package)"; exit 1; }; done
    ip netns list | grep -q "^${NS}hub" && { log "a pool named $NS runs already; test-pool.sh down first"; exit 1; }
    rm -rf "$BASE"; mkdir -p "$BASE"
    INSTALL_CDS=no PREFIX="$INSTALL" SYSTEMD_DIR="$INSTALL/systemd" bash "$here/install.sh" > "$BASE/install.log"
    net_up
    for n in $(primaries); do node_prep "$n"; link_node "$n"; done
    write_hosts
    for n in $(primaries); do glusterd_up "$n"; done
    probe_all $(primaries)
    for i in $(seq 1 "$N"); do gateway_start "$i"; done
    for i in $(seq 1 "$N"); do gateway_wait "$i"; done
    for i in $(seq 1 "$N"); do eventsd_check "$i"; done
    log "pool of $N nodes up, glusterrestd on http://10.77.0.{1..$N}:$PORT (reach it with: test-pool.sh client curl ...)" ;;
  down)
    for n in $(nodes); do node_down "$n"; done
    for n in $(nodes); do ip netns del "$(ns_of "$n")" 2>/dev/null || true; done
    ip netns del "${NS}hub" 2>/dev/null || true ;;
  secondary-up) secondary_up ;;
  secondary-down) secondary_down ;;
  secondary-pem) in_node s1 "${CLEAN[@]}" bash -c 'exec /usr/lib/*/glusterfs/set_geo_rep_pem_keys.sh "$@"' - "$MBUSER" "$2" "${3:-$MBVOL}" ;;
  sshd-down) sshd_down "$2" ;;
  sshd-up) sshd_up "$2" ;;
  node-down) node_down "$2" ;;
  node-up)
    glusterd_up "$2"
    case $(name "$2") in
      n*) gateway_start "$2"; gateway_wait "$2"; eventsd_check "$2" ;;
      *) sshd_up "$2" ;;
    esac ;;
  gateway-down) gateway_down "$2" ;;
  gateway-kill) gateway_kill "$2" ;;
  gateway-up) gateway_start "$2"; gateway_wait "$2" ;;
  eventsd) eventsd "$2" "${3:?start, stop or pid}" ;;
  tool) i=$2; shift 2; in_node "$i" env GLUSTERREST_STATE_DIR="$BASE/n$i/state" java -jar "$TOOL" "$@" ;;
  cli) n=$2; shift 2; cli "$n" "$@" ;;
  sh) n=$2; shift 2; in_node "$n" "$@" ;;
  client) shift; ip netns exec "${NS}hub" "$@" ;;
  *) echo "usage: $0 up|down|node-down i|node-up i|gateway-down i|gateway-kill i|gateway-up i|eventsd i start|stop|pid|tool i ARGS|cli i ARGS|client CMD|secondary-up|secondary-down|secondary-pem PVOL [SVOL]|sshd-down sN|sshd-up sN" >&2; exit 2 ;;
esac
