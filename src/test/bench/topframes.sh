#!/usr/bin/env bash
# The hottest frames of a JFR recording's execution samples:
#   topframes.sh FILE.jfr [N (25)] [DEPTH (1: top frame only; 0: any frame of the stack, "inclusive")] [FILTER regex]
# DEPTH 1 counts each sample's top frame (self time); DEPTH 0 counts every distinct method on each sample's
# stack once (inclusive time), restricted to methods matching FILTER when given.
set -euo pipefail
f=$1; n=${2:-25}; depth=${3:-1}; filter=${4:-.}
jfr print --events jdk.ExecutionSample --stack-depth 64 "$f" | awk -v depth="$depth" -v filter="$filter" '
  /^jdk.ExecutionSample/ { insample = 1; instack = 0; frame = 0; delete seen; total++; next }
  insample && /stackTrace = \[/ { instack = 1; next }
  instack && /^[[:space:]]*\]/ { instack = 0; next }
  instack {
    line = $0; sub(/^[[:space:]]+/, "", line); sub(/[[:space:]]+line:.*/, "", line)
    frame++
    if (depth == 1 && frame == 1) { count[line]++ }
    if (depth == 0 && !(line in seen) && line ~ filter) { seen[line] = 1; count[line]++ }
  }
  END { for (k in count) printf "%6d %5.1f%% %s\n", count[k], 100 * count[k] / total, k; printf "%6d total samples\n", total > "/dev/stderr" }
' | sort -rn | head -"$n"
