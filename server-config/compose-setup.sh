#!/usr/bin/env bash
# The one-shot `setup` service of docker-compose.yml: makes one GlusterFS pool of the compose nodes
# through the REST API (no ssh, no gluster CLI here), then prints the first login.
#   compose-setup.sh        (in the image: /usr/local/lib/glusterrestd/compose-setup.sh)
# It runs once the nodes are healthy. The nodes share nothing at first, so each has its own
# superuser: the first node's state volume is mounted read-only at /state/<first node>, the
# second's at /state/<second node>, and their superuser.password files are read from there.
#   1. log in on the first node (POST /rest/v1/auth) and probe every other node (POST /v1/peers),
#   2. log in on the second node and probe the first one back, so that every node knows the first
#      by its name rather than by its address (as `gluster peer probe` advises),
#   3. wait until the first node lists every node connected (GET /v1/peers), print the pool and how
#      to log in.
# Settings (environment): COMPOSE_NODES ("gluster1 gluster2 gluster3"), COMPOSE_STATE (/state),
# GLUSTERREST_PORT (7443), GLUSTERREST_HTTPS (enabled; disabled: plain HTTP).
set -euo pipefail
read -r -a nodes <<< "${COMPOSE_NODES:-gluster1 gluster2 gluster3}"
port=${GLUSTERREST_PORT:-7443}
states=${COMPOSE_STATE:-/state}
scheme=https
[ "${GLUSTERREST_HTTPS:-enabled}" = disabled ] && scheme=http
first=${nodes[0]}
log() { printf 'setup: %s\n' "$*" >&2; }

# login NODE: a superuser session token of NODE, from the password in its state volume
login() {
  local node=$1 file=$states/$1/superuser.password answer
  [ -r "$file" ] || { log "$file is missing: mount $node's /var/lib/glusterrestd there (read-only)"; exit 1; }
  answer=$(curl -sk --max-time 30 -X POST "$scheme://$node:$port/rest/v1/auth" \
    -H 'X-Auth-Username: superuser' -H "X-Auth-Password: $(cat "$file")" || true)
  case "$answer" in
    *'"token":"'*) sed 's/.*"token":"\([^"]*\)".*/\1/' <<< "$answer" ;;
    *) log "login on $node failed: $answer"; exit 1 ;;
  esac
}

# probe NODE TOKEN HOST: POST /v1/peers {"host": HOST} on NODE; 201 (the pool grew) or 200 (it held HOST)
probe() {
  local node=$1 token=$2 host=$3 out code
  out=$(curl -sk --max-time 150 -w '\n%{http_code}' -X POST "$scheme://$node:$port/v1/peers" \
    -H "X-Auth-Token: $token" -H 'Content-Type: application/json' --data-binary "{\"host\": \"$host\"}" || true)
  code=${out##*$'\n'}
  case "$code" in
    201) log "$node probed $host: added to the pool" ;;
    200) log "$node probed $host: already in the pool" ;;
    *) log "$node could not probe $host (HTTP $code): ${out%$'\n'*}"; exit 1 ;;
  esac
}

token=$(login "$first")
for node in "${nodes[@]:1}"; do probe "$first" "$token" "$node"; done
if [ "${#nodes[@]}" -gt 1 ]; then
  probe "${nodes[1]}" "$(login "${nodes[1]}")" "$first"
fi

connected=0
for _ in $(seq 1 60); do
  peers=$(curl -sk --max-time 30 "$scheme://$first:$port/v1/peers" -H "X-Auth-Token: $token" || true)
  connected=$({ grep -o '"connected":true' <<< "$peers" || true; } | wc -l)
  [ "$connected" -ge "${#nodes[@]}" ] && break
  sleep 1
done
[ "$connected" -ge "${#nodes[@]}" ] || { log "only $connected of ${#nodes[@]} nodes connected: $peers"; exit 1; }

cat <<DONE
setup: one pool of ${#nodes[@]} nodes (${nodes[*]}), every one connected; glusterrestd answers on each.
setup: a superuser session token from $first: ${token:0:12}...
setup: first login, from the host (the nodes publish 7443 on 127.0.0.1:7443, :7444, :7445; each node has
       its own superuser until you run 'docker-compose exec $first gluster-restapi use-shared-storage'):
  PW=\$(docker-compose exec -T $first cat /var/lib/glusterrestd/superuser.password)
  curl -sk -X POST https://127.0.0.1:7443/rest/v1/auth -H 'X-Auth-Username: superuser' -H "X-Auth-Password: \$PW"
DONE
