#!/usr/bin/env bash
# One node against two, by finished work. PAIRS pairs of trials (default 3), one node then two, each
# on a fresh database (a copy of LOAD_TEMPLATE if set): WARMUP of load first (default 90s, not
# counted, so that the JIT has compiled the hot paths), then load-test.sh for DURATION (default 60s).
# Prints each trial's figures; on 2 cores the same setup moves by a quarter from run to run, so
# compare within a pair, and run nothing else meanwhile.
#
#   ./mvnw -B -DskipTests package && infra/load/compare-nodes.sh
set -euo pipefail
cd "$(dirname "$0")"
PAIRS=${PAIRS:-3}
WARMUP=${WARMUP:-90s}
export DURATION=${DURATION:-60s}
trap './cluster.sh stop' EXIT

trial() {
  local pair=$1 nodes=$2
  FRESH=1 ./cluster.sh start "$nodes" > /dev/null
  DURATION=$WARMUP ./load-test.sh > /dev/null
  local out
  out=$(./load-test.sh)
  local rss
  rss=$(./cluster.sh rss)
  ./cluster.sh stop
  echo "pair $pair, $nodes node(s), RSS after:$rss"
  echo "$out" | grep -E '^survivors:|^caseworkers:|^claims stored|claims received and screened' | sed 's/^/  /' || true
}

for pair in $(seq 1 "$PAIRS"); do
  trial "$pair" 1
  trial "$pair" 2
done
