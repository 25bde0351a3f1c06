# One GlusterFS node with its REST gateway: glusterd and glusterrestd in one container, for the test
# cluster of docker-compose.yml (see README.md, "Docker Compose test cluster"). Build it from a tree where
# `mvn -B package` ran (it needs target/glusterrestd.war, target/payara-micro.jar, target/gluster-restapi.jar):
#   mvn -B -DskipTests package && docker build -t gluster-restapi:dev .
# The entrypoint is the launcher that server-config/install.sh installs, the very command the
# namespace test pool (server-config/test-pool.sh) starts on each of its nodes:
#   /usr/local/sbin/glusterrestd --with-glusterd
# which starts glusterd when none answers and glustereventsd (GlusterFS's events daemon, shipped by
# glusterfs-server with its python3 dependencies) when none runs, then execs the gateway (HTTPS on
# 7443 with a self-signed certificate made at first start; Payara Micro always with --disablephonehome
# and --nohazelcast).
# GlusterFS needs a privileged container (SYS_ADMIN, /dev/fuse), and the gateway is then PID 1:
# run it with an init (`docker run --init`, `init: true` in compose) so that orphaned GlusterFS
# processes are reaped.

# The install step runs in a stage of its own so that the image holds one copy of the jars, not two
FROM debian:bookworm-slim AS install
COPY target/glusterrestd.war target/payara-micro.jar target/gluster-restapi.jar /src/target/
COPY server-config/ /src/server-config/
COPY README.md NOTICE /src/
RUN PREFIX=/usr/local SYSTEMD_DIR=/usr/local/lib/systemd/system bash /src/server-config/install.sh \
 && install -m 0755 /src/server-config/compose-setup.sh /usr/local/lib/glusterrestd/compose-setup.sh

FROM debian:bookworm-slim
# glusterd and the gluster CLI; a JRE with keytool (the launcher makes the certificate); curl for the
# health check and the compose setup; mount (shared-storage remount), procps and iproute2 to look around
RUN mkdir -p /usr/share/man/man1 \
 && apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      glusterfs-server glusterfs-cli openjdk-17-jre-headless curl ca-certificates procps iproute2 util-linux mount \
 && rm -rf /var/lib/apt/lists/*
COPY --from=install /usr/local/ /usr/local/
ENV GLUSTERREST_STATE_DIR=/var/lib/glusterrestd \
    GLUSTERREST_RUN_DIR=/run/glusterrestd
# 7443: glusterrestd (HTTPS); 24007: glusterd (the bricks take 49152 and up)
EXPOSE 7443 24007
HEALTHCHECK --interval=10s --timeout=5s --start-period=180s --retries=6 \
  CMD curl -fsk https://localhost:7443/health/ready || exit 1
ENTRYPOINT ["/usr/local/sbin/glusterrestd", "--with-glusterd"]
