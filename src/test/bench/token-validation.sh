#!/usr/bin/env bash
# Prints the cost of validating one session token, one app token and one qsh (a loop benchmark).
# Needs `mvn test-compile` first. Bounded: ROUNDS validations of each (default 20000).
set -euo pipefail
top=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$top"
cp_file=target/bench.classpath
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
exec java -Djava.io.tmpdir="$top/target" -cp "target/classes:target/test-classes:$(cat "$cp_file")" \
  org.gluster.restapi.auth.control.TokenValidationBenchmark "${ROUNDS:-20000}"
