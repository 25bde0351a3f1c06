#!/usr/bin/env bash
# What the integration tests run besides Java and Maven, from Debian's packages: Chromium and its
# driver (ExplorerIT), docker-compose (ComposeFileIT validates docker-compose.yml; no engine is
# needed), Python with PyJWT and requests (the the GlusterFS REST API design client) and prometheus_client
# (CommandFacadeIT reads /metrics with Prometheus' own parser), iproute2 and util-linux (the 3-node pool in
# network namespaces). Installs what is missing when run as root; otherwise says
# what to install. .ci/run installs the same list up front.
set -euo pipefail
need=()
have() { command -v "$1" >/dev/null 2>&1; }
have chromium || need+=(chromium)
have chromedriver || need+=(chromium-driver)
have docker-compose || need+=(docker-compose)
have ip || need+=(iproute2)
have nsenter || need+=(util-linux)
have curl || need+=(curl)
/usr/bin/python3 -c 'import jwt, requests' 2>/dev/null || need+=(python3 python3-jwt python3-requests)
/usr/bin/python3 -c 'import prometheus_client' 2>/dev/null || need+=(python3-prometheus-client)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! have apt-get; then
  echo "test-prerequisites: missing ${need[*]}; install them (apt-get install -y ${need[*]})" >&2; exit 1
fi
echo "test-prerequisites: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq "${need[@]}" >/dev/null || { apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null; }
