#!/usr/bin/env bash
# Installs glusterrestd and gluster-restapi from a built tree (mvn package) under PREFIX (/usr/local):
#   PREFIX/lib/glusterrestd/{glusterrestd.war,payara-micro.jar,gluster-restapi.jar}
#   PREFIX/lib/glusterrestd/events-daemon.sh   starts glustereventsd for `glusterrestd --with-glusterd`
#   PREFIX/sbin/glusterrestd       the launcher (server-config/glusterrestd)
#   PREFIX/bin/gluster-restapi     the admin tool
#   SYSTEMD_DIR/glusterrestd.service  (/etc/systemd/system): systemctl enable --now glusterrestd
#   INSTALL_CDS=no           skips the class data sharing archive (below)
# Run it on every node of the pool, as root. The launcher starts Payara Micro with --disablephonehome
# and --nohazelcast, always.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
PREFIX=${PREFIX:-/usr/local}
SYSTEMD_DIR=${SYSTEMD_DIR:-/etc/systemd/system}
lib="$PREFIX/lib/glusterrestd"
for f in glusterrestd.war payara-micro.jar gluster-restapi.jar; do
  [ -f "$top/target/$f" ] || { echo "install: target/$f is missing; run mvn package first" >&2; exit 1; }
done
install -d "$lib" "$PREFIX/sbin" "$PREFIX/bin" "$SYSTEMD_DIR"
install -m 0644 "$top/target/glusterrestd.war" "$top/target/payara-micro.jar" "$top/target/gluster-restapi.jar" \
  "$top/README.md" "$top/NOTICE" "$lib/"
install -m 0755 "$here/events-daemon.sh" "$lib/"
sed -e "s|@SBIN@|$PREFIX/sbin|g" -e "s|@LIB@|$lib|g" "$here/glusterrestd.service" > "$SYSTEMD_DIR/glusterrestd.service"
chmod 0644 "$SYSTEMD_DIR/glusterrestd.service"
sed -e "s|^WAR=.*|WAR=\${GLUSTERREST_WAR:-$lib/glusterrestd.war}|" \
    -e "s|^MICRO=.*|MICRO=\${PAYARA_MICRO_JAR:-$lib/payara-micro.jar}|" \
    -e "s|^TOOL=.*|TOOL=\${GLUSTERREST_TOOL:-$lib/gluster-restapi.jar}|" \
    -e "s|^CACHE=.*|CACHE=\${GLUSTERREST_CACHE_DIR:-/var/cache/glusterrestd}|" \
    -e "s|^EVENTS_DAEMON=.*|EVENTS_DAEMON=$lib/events-daemon.sh|" \
    "$here/glusterrestd" > "$PREFIX/sbin/glusterrestd"
chmod 0755 "$PREFIX/sbin/glusterrestd"
cat > "$PREFIX/bin/gluster-restapi" <<WRAPPER
#!/bin/sh
exec java -jar "$lib/gluster-restapi.jar" "\$@"
WRAPPER
chmod 0755 "$PREFIX/bin/gluster-restapi"
# the class data sharing archive (INSTALL_CDS=yes, the default): a training start of the gateway on loopback
# with a throwaway state, about a minute; once it is made, the installed launcher uses it by default
# (GLUSTERREST_CDS=enabled), so every start loads most classes from it (about 40 % less start time,
# measured, for about 60 MB more RSS). Without it the installed launcher starts as before.
if [ "${INSTALL_CDS:-yes}" = yes ]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/glusterrestd-install.XXXXXX")
  if GLUSTERREST_STATE_DIR="$work/state" GLUSTERREST_RUN_DIR="$work/run" GLUSTERREST_HTTPS=disabled \
      GLUSTERREST_SHARED_STATE_DIR=none timeout 600 "$PREFIX/sbin/glusterrestd" --make-cds; then
    sed -i 's|GLUSTERREST_CDS:-disabled}|GLUSTERREST_CDS:-enabled}|' "$PREFIX/sbin/glusterrestd"
    echo "made the class data sharing archive; the installed launcher uses it"
  else
    echo "install: no class data sharing archive ($(tail -3 "$work/run/cds.log" 2>/dev/null)); the launcher starts without" >&2
  fi
  rm -rf "$work"
fi
echo "installed glusterrestd and gluster-restapi under $PREFIX, the unit in $SYSTEMD_DIR"
echo "start it on every node: systemctl daemon-reload && systemctl enable --now glusterrestd"
