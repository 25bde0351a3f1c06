#!/usr/bin/env bash
# N concurrent mkuser requests to one gateway (MultiNodeIT runs it in the test pool's clients' namespace):
# one line "<i> <HTTP status>" per request, appended to RESULTS as its answer comes (000: no answer).
#   concurrent-mkuser.sh URL TOKEN N PREFIX RESULTS
set -u
url=$1 token=$2 n=$3 prefix=$4 results=$5
for i in $(seq 1 "$n"); do
  (
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 -X POST -H "X-Auth-Token: $token" \
      -H 'Content-Type: application/json' \
      --data-binary "{\"name\": \"$prefix$i\", \"usergrp\": \"Monitor\", \"password\": \"pw-of-$prefix$i\"}" \
      "$url/rest/v1/mkuser")
    echo "$i $code" >> "$results"
  ) &
done
wait
