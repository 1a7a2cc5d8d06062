#!/usr/bin/env bash
# The load test: 100 concurrent survivors submitting claims and checking their status, while 5
# caseworkers read the queue, for DURATION (default 120s) against http://127.0.0.1:8080 (one node
# or several behind HAProxy: start them with infra/load/cluster.sh). Prints throughput, p50, p99
# and errors, then counts the claims the database holds against the 201s received.
#
#   infra/load/cluster.sh start 1 && infra/load/load-test.sh && infra/load/cluster.sh stop
set -euo pipefail
cd "$(dirname "$0")"
DURATION=${DURATION:-120s}
DB=${LOAD_DB:-compensation_load}
command -v wrk > /dev/null || { echo "install Debian's wrk: apt-get install -y wrk" >&2; exit 1; }
before=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select count(*) from claim")
wrk -t2 -c5 -d"$DURATION" --timeout 10s -s caseworkers.lua http://127.0.0.1:8080 > /tmp/caseworkers.out &
wrk -t2 -c100 -d"$DURATION" --timeout 10s -s survivors.lua http://127.0.0.1:8080 | tee /tmp/survivors.out
wait
cat /tmp/caseworkers.out | grep caseworkers
created=$(grep -o 'CREATED=[0-9]*' /tmp/survivors.out | cut -d= -f2)
sleep 2
after=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select count(*) from claim")
twice=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc \
  "select count(*) from (select claim_id from claim_event where event = 'SCREENED' group by claim_id having count(*) > 1) t")
echo "claims stored during the run: $((after - before)); 201 answers received: $created; screened twice: $twice"
