#!/usr/bin/env bash
# glustereventsd, GlusterFS's events daemon, in the caller's own network and mount namespaces (run it
# inside a test-pool node's namespaces for that node's daemon; daemons of other namespaces are never
# touched). Used by local-glusterd.sh, by the launcher (glusterrestd --with-glusterd) and by test-pool.sh.
#   events-daemon.sh start   start glustereventsd unless one runs here; returns once it has bound UDP 55555
#   events-daemon.sh stop    stop the one that runs here: the main process, its webhook child(ren) and
#                            our pid-file holder, by pid
#   events-daemon.sh pid     print the main process's pid (nothing when none runs)
#
# What GlusterFS 10.3 (Debian's glusterfs-server) does and what we do about it:
#   * glustereventsd does not daemonize: `start` runs it with setsid from a subshell that exits at once,
#     so it is nobody's child (a launcher that execs the gateway would never reap it) and outside the
#     caller's session; stdout/stderr (Python warnings, tracebacks) are appended to
#     /var/log/glusterfs/glustereventsd.out. Its own log, one line per event, is /var/log/glusterfs/events.log.
#   * it forks one multiprocessing child (the webhook pool) that survives SIGTERM to the parent, and each
#     SIGUSR2 (reload) replaces that child and leaves the old one a zombie: `stop` reads the children from
#     /proc/<pid>/task/*/children first, then stops the parent and each live child.
#   * the main process is the glustereventsd (/proc/<pid>/comm) whose parent is not a glustereventsd;
#     SIGUSR2 (reload config and webhooks) goes to it, never to the child, which inherits the handler.
#   * the pid file: 10.3 deletes its own --pid-file as soon as start-up is over (main() wraps the start in
#     `with PidFile(...)`), so `gluster-eventsapi status|reload` and the node-reload that webhook-add and
#     sync run find no daemon (and print OK). We write /run/glustereventsd.pid ourselves: a holder (one
#     python3 process, its pid in /run/glusterrestd-eventsd-holder.pid) writes the daemon's pid there and
#     holds the flock that gluster-eventsapi reads as "the daemon runs"; it removes the file and exits
#     when the daemon is gone (checked every second) or on SIGTERM, and `stop` stops it by pid. The daemon
#     is started with -p /run/glustereventsd.starting.pid, so its delete-on-start never touches our file.
#     A systemd-started glustereventsd (glustereventsd.service) has no holder: the file is then missing.
#     The gateway does not need the file: it finds the daemon through /proc (above).
#   * /var/lib/glusterd/events is created: gluster-eventsapi cannot copy webhooks.json to a peer without it.
set -euo pipefail

EVENTSD=/usr/sbin/glustereventsd
EVENTSD_PORT=55555
EVENTSD_PIDFILE=/run/glustereventsd.pid
EVENTSD_HOLDER=/run/glusterrestd-eventsd-holder.pid
EVENTSD_OUT=/var/log/glusterfs/glustereventsd.out

ev_log() { printf 'events-daemon: %s\n' "$*" >&2; }

# exists and is not a zombie (kill -0 succeeds on zombies)
ev_alive() {
  local s
  s=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  s=${s##*) }
  [ -n "$s" ] && [ "${s%% *}" != Z ]
}

ev_kill_wait() {
  local p=$1
  [ -n "$p" ] && ev_alive "$p" || return 0
  kill -TERM "$p" 2>/dev/null || true
  for _ in $(seq 1 100); do ev_alive "$p" || return 0; sleep 0.1; done
  kill -KILL "$p" 2>/dev/null || true
}

ev_same_ns() {
  [ "$(readlink "/proc/$1/ns/net" 2>/dev/null)" = "$(readlink /proc/self/ns/net)" ] \
    && [ "$(readlink "/proc/$1/ns/mnt" 2>/dev/null)" = "$(readlink /proc/self/ns/mnt)" ]
}

# the main glustereventsd of our namespaces
eventsd_pid() {
  local d c s
  for d in /proc/[0-9]*; do
    read -r c 2>/dev/null < "$d/comm" || continue
    [ "$c" = glustereventsd ] || continue
    ev_alive "${d#/proc/}" && ev_same_ns "${d#/proc/}" || continue
    s=$(cat "$d/stat" 2>/dev/null) || continue
    s=${s##*) }; s=${s#* }
    read -r c 2>/dev/null < "/proc/${s%% *}/comm" || c=
    [ "$c" = glustereventsd ] && continue
    echo "${d#/proc/}"; return 0
  done
  return 0
}

# UDP $EVENTSD_PORT bound in our network namespace, by process $1 when ss can tell
ev_udp_bound() {
  if command -v ss >/dev/null; then ss -Hlunp "sport = :$EVENTSD_PORT" 2>/dev/null | grep -q "pid=$1,"
  else grep -qi ":$(printf %04X "$EVENTSD_PORT") " /proc/net/udp /proc/net/udp6 2>/dev/null; fi
}

# Closes every descriptor above 2 this shell inherited: the daemons outlive their caller and would hold
# them, and one may be a lock (`flock /tmp/glusterrest-it.lock mvn verify` runs tests that restart them).
ev_close_inherited() {
  local fd n
  for fd in /proc/self/fd/*; do
    n=${fd##*/}
    { [ "$n" -gt 2 ] && eval "exec $n>&-"; } 2>/dev/null || true
  done
}

# The holder: its command line must not contain the daemon's name (the gateway looks for that in /proc).
ev_holder_start() {
  local h
  h=$( (umask 022; ev_close_inherited; HOLD_FILE=$EVENTSD_PIDFILE HOLD_PID=$1 setsid /usr/bin/python3 -c '
import fcntl, os, signal, sys, time
path, pid = os.environ["HOLD_FILE"], int(os.environ["HOLD_PID"])
fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
try:
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
except OSError:
    sys.exit(0)  # held already: by the daemon itself (a version without the bug) or by another holder
os.ftruncate(fd, 0)
os.write(fd, b"%d\n" % pid)
def bye(*_):
    try:
        os.unlink(path)
    except OSError:
        pass
    os._exit(0)
for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
    signal.signal(sig, bye)
def alive():
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(") ", 1)[1][:1] != "Z"
    except (OSError, IndexError):
        return False
while alive():
    time.sleep(1)
bye()' eventsd-pidfile-holder </dev/null >/dev/null 2>&1 & echo $!) )
  echo "$h" > "$EVENTSD_HOLDER"
}

ev_holder_stop() {
  local h
  h=$(cat "$EVENTSD_HOLDER" 2>/dev/null || true)
  if [ -n "$h" ] && tr '\0' ' ' < "/proc/$h/cmdline" 2>/dev/null | grep -q eventsd-pidfile-holder; then
    ev_kill_wait "$h"
  fi
  rm -f "$EVENTSD_HOLDER"
}

eventsd_start() {
  local p
  p=$(eventsd_pid)
  [ -z "$p" ] || return 0
  [ -x "$EVENTSD" ] || { ev_log "$EVENTSD is missing (Debian's glusterfs-server ships it)"; return 1; }
  mkdir -p /var/lib/glusterd/events /var/log/glusterfs
  # setsid and env exec without forking (a background job of a script is no group leader), so $! is the
  # python process itself
  p=$( (umask 022; ev_close_inherited; setsid env -u PYTHONPATH -u PYTHONHOME "$EVENTSD" -p /run/glustereventsd.starting.pid \
          </dev/null >>"$EVENTSD_OUT" 2>&1 & echo $!) )
  for _ in $(seq 1 300); do
    ev_alive "$p" || break
    if ev_udp_bound "$p"; then
      ev_holder_start "$p"
      ev_log "started glustereventsd (pid $p, UDP $EVENTSD_PORT, log /var/log/glusterfs/events.log)"
      return 0
    fi
    sleep 0.1
  done
  ev_log "glustereventsd (pid $p) did not bind UDP $EVENTSD_PORT within 30 s; $EVENTSD_OUT ends with:"
  tail -5 "$EVENTSD_OUT" >&2 || true
  ev_kill_wait "$p"
  return 1
}

eventsd_stop() {
  local p kids c
  ev_holder_stop
  p=$(eventsd_pid)
  [ -n "$p" ] || return 0
  kids=$(cat /proc/"$p"/task/*/children 2>/dev/null || true)
  ev_kill_wait "$p"
  for c in $kids; do ev_kill_wait "$c"; done
  # a holder of some other start (its pid file lost) goes by itself within a second; the file is its own
  ev_log "stopped glustereventsd (pid $p${kids:+, children $(echo $kids)})"
}

case "${1:-}" in
  start) eventsd_start ;;
  stop) eventsd_stop ;;
  pid) eventsd_pid ;;
  *) echo "usage: $0 start|stop|pid" >&2; exit 2 ;;
esac
