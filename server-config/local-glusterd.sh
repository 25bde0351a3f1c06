#!/usr/bin/env bash
# A throwaway single-node glusterd for development and the integration tests.
#   local-glusterd.sh start     install glusterfs-server when missing (as root, unless
#                               GLUSTER_INSTALL=no), start glusterd unless one already runs, and
#                               glustereventsd (GlusterFS's events daemon) unless one already runs
#   local-glusterd.sh stop      stop what `start` started: volumes with bricks under
#                               $GLUSTER_WORK, then glusterd and its brick/self-heal daemons, then
#                               glustereventsd with its webhook child, by pid
#   local-glusterd.sh stop-daemon | start-daemon     stop or start glusterd only (tests use it)
#   local-glusterd.sh stop-eventsd | start-eventsd   stop or start glustereventsd only (tests use it)
#   local-glusterd.sh status
# A glusterd or glustereventsd that was already running is left alone by `stop`. Only daemons of this
# machine's own network and mount namespaces count: test pools (test-pool.sh) run theirs in namespaces
# of their own, and nothing here ever reaches those.
# glustereventsd is started and stopped by events-daemon.sh (next to this file; its header tells how):
# it does not daemonize, its webhook child survives SIGTERM to the main process, and 10.3 deletes its
# own pid file, so /run/glustereventsd.pid is written and flock'ed by a holder process of ours. Its log
# is /var/log/glusterfs/events.log (one line per event).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

GLUSTER_WORK=${GLUSTER_WORK:-${TMPDIR:-/tmp}/glusterrestd-glusterd}
GLUSTERD_PID=/run/glusterd.pid
OWNED="$GLUSTER_WORK/started-by-us"

log() { printf 'local-glusterd: %s\n' "$*" >&2; }

install_if_missing() {
  command -v glusterd >/dev/null && command -v gluster >/dev/null && return 0
  if [ "${GLUSTER_INSTALL:-yes}" != yes ] || [ "$(id -u)" -ne 0 ]; then
    log "glusterd is not installed; run: apt-get install -y glusterfs-server glusterfs-cli"; exit 1
  fi
  log "installing glusterfs-server"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq glusterfs-server glusterfs-cli >/dev/null \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq glusterfs-server glusterfs-cli >/dev/null; }
}

answers() { timeout 10 gluster --mode=script pool list >/dev/null 2>&1; }

running_pid() {
  local p
  p=$(cat "$GLUSTERD_PID" 2>/dev/null || true)
  [ -n "$p" ] && kill -0 "$p" 2>/dev/null && { echo "$p"; return 0; }
  # only a glusterd of this machine's own namespaces: test pools (test-pool.sh) run theirs in
  # network and mount namespaces of their own, and `stop` must never reach those
  for p in $(pgrep -x glusterd); do
    [ "$(readlink "/proc/$p/ns/net")" = "$(readlink /proc/self/ns/net)" ] \
      && [ "$(readlink "/proc/$p/ns/mnt")" = "$(readlink /proc/self/ns/mnt)" ] && { echo "$p"; return 0; }
  done
  return 0
}

start_daemon() {
  if [ -n "$(running_pid)" ] && answers; then return 0; fi
  mkdir -p /run/gluster /var/log/glusterfs
  # without the descriptors this script inherited: glusterd daemonizes and would keep them open for its
  # whole life, and one of them may be a lock (`flock /tmp/glusterrest-it.lock mvn verify` runs tests that
  # restart glusterd), which then stays held by glusterd and blocks every later holder of the lock
  (
    for fd in /proc/self/fd/*; do
      n=${fd##*/}
      { [ "$n" -gt 2 ] && eval "exec $n>&-"; } 2>/dev/null || true
    done
    exec glusterd -p "$GLUSTERD_PID" --log-level INFO
  )
  for _ in $(seq 1 300); do answers && return 0; sleep 0.1; done
  log "glusterd did not answer within 30 s (see /var/log/glusterfs/glusterd.log)"; exit 1
}

# alive = exists and is not a zombie (kill -0 succeeds on zombies: glustereventsd's replaced webhook
# children, and anything whose new parent reaps late)
alive() {
  local s
  s=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  s=${s##*) }
  [ -n "$s" ] && [ "${s%% *}" != Z ]
}

kill_wait() {
  local p=$1
  [ -n "$p" ] && alive "$p" || return 0
  kill -TERM "$p" 2>/dev/null || true
  for _ in $(seq 1 100); do alive "$p" || return 0; sleep 0.1; done
  kill -KILL "$p" 2>/dev/null || true
}

stop_daemon() {
  kill_wait "$(running_pid || true)"
  rm -f "$GLUSTERD_PID"
}

EVENTSD_OWNED="$GLUSTER_WORK/eventsd-started-by-us"
eventsd() { bash "$here/events-daemon.sh" "$@"; }

# volumes whose bricks all live under $GLUSTER_WORK are ours to remove
our_volumes() {
  gluster --mode=script volume info 2>/dev/null | awk -v w="$GLUSTER_WORK/" '
    /^Volume Name:/ { if (v != "" && mine) print v; v = $3; mine = 1; next }
    /^Brick[0-9]+:/ { split($2, hp, ":"); if (index(hp[2], w) != 1) mine = 0 }
    END { if (v != "" && mine) print v }'
}

case "${1:-}" in
  start)
    install_if_missing
    mkdir -p "$GLUSTER_WORK/bricks"
    if [ -n "$(running_pid)" ] && answers; then
      log "using the glusterd that already runs (pid $(running_pid))"
    else
      start_daemon
      echo "$(running_pid)" > "$OWNED"
      log "started glusterd (pid $(cat "$OWNED")); 'local-glusterd.sh stop' stops it"
    fi
    if [ -n "$(eventsd pid)" ]; then
      log "using the glustereventsd that already runs (pid $(eventsd pid))"
    else
      eventsd start
      eventsd pid > "$EVENTSD_OWNED"
    fi
    ;;
  stop)
    if answers; then
      for v in $(our_volumes); do
        gluster --mode=script volume stop "$v" force >/dev/null 2>&1 || true
        gluster --mode=script volume delete "$v" >/dev/null 2>&1 || true
      done
    fi
    if [ -f "$OWNED" ]; then
      stop_daemon
      # glusterd leaves brick, self-heal and quota daemons running on SIGTERM
      find /run/gluster -name '*.pid' -type f 2>/dev/null | while read -r f; do kill_wait "$(cat "$f")"; done
      rm -f "$OWNED" /run/glusterd.socket
      log "stopped the glusterd we started"
    fi
    # last, so that it still logs the events of the volumes removed above; the one that runs now,
    # even if a test replaced ours (stop-eventsd, start-eventsd)
    if [ -f "$EVENTSD_OWNED" ]; then
      eventsd stop
      rm -f "$EVENTSD_OWNED"
    fi
    rm -rf "$GLUSTER_WORK/bricks"
    ;;
  stop-daemon) stop_daemon ;;
  start-daemon) start_daemon ;;
  stop-eventsd) eventsd stop ;;
  start-eventsd) eventsd start ;;
  status)
    rc=0
    if answers; then echo "glusterd answers (pid $(running_pid))"; else echo "glusterd does not answer"; rc=3; fi
    p=$(eventsd pid)
    if [ -n "$p" ]; then echo "glustereventsd runs (pid $p)"; else echo "glustereventsd does not run"; fi
    exit "$rc" ;;
  *) echo "usage: $0 start|stop|start-daemon|stop-daemon|start-eventsd|stop-eventsd|status" >&2; exit 2 ;;
esac
