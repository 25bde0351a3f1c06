# Sourced by the benchmarks: start_gateway PORT RUN_DIR starts glusterrestd on loopback (plain HTTP,
# a fresh state directory in RUN_DIR), waits for it and sets $gateway (its pid), $launch_ms and
# $token (a superuser session token). The caller stops it by pid: kill "$gateway".
start_gateway() {
  local port=$1 run=$2 t0
  t0=$(date +%s%N)
  GLUSTERREST_HTTPS=disabled GLUSTERREST_STATE_DIR="$run/state" GLUSTERREST_PORT="$port" GLUSTERREST_RUN_DIR="$run" \
    "$top/server-config/glusterrestd" > "$run/gateway.log" 2>&1 &
  gateway=$!
  for _ in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/.well-known/jwks.json" || true)" = 200 ] && break
    sleep 0.05
  done
  launch_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  sleep 1.1   # a fresh one-second window for the auth limit
  token=$(curl -s -X POST "http://127.0.0.1:$port/rest/v1/auth" -H 'X-Auth-Username: superuser' \
    -H "X-Auth-Password: $(cat "$run/state/superuser.password")" | sed 's/.*"token":"\([^"]*\)".*/\1/')
}
