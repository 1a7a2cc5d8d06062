#!/usr/bin/env bash
# The load test: 100 concurrent survivors submitting claims and checking their status, while 5
# caseworkers, signed in to the staff console once, read its queue page, for DURATION (default 120s)
# against http://127.0.0.1:8080 (one node or several behind HAProxy: start them with
# infra/load/cluster.sh); a caseworker's reads may land on any node, as her session is shared.
# Prints throughput, p50, p99 and errors, then counts the claims the database holds against the 201s
# received, and how many claims a second were received and screened: a node can take claims faster
# than its engine screens them, so the run starts once earlier claims are screened and ends when the
# run's own claims are.
#
#   infra/load/cluster.sh start 1 && infra/load/load-test.sh && infra/load/cluster.sh stop
set -euo pipefail
cd "$(dirname "$0")"
DURATION=${DURATION:-120s}
DB=${LOAD_DB:-compensation_load}
command -v wrk > /dev/null || { echo "install Debian's wrk: apt-get install -y wrk" >&2; exit 1; }
sql() { psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "$1"; }
# Signs a demo caseworker in to the staff console, as a browser does (the sign-in, then the queue
# page it leads to); prints the session cookie, or fails if the queue page is not shown.
sign_in() {
  local jar csrf
  jar=$(mktemp)
  csrf=$(curl -sf -c "$jar" http://127.0.0.1:8080/staff/login | grep -o 'name="_csrf" value="[^"]*"' | cut -d'"' -f4)
  curl -sf -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=$1-demo" \
    --data-urlencode "_csrf=$csrf" http://127.0.0.1:8080/staff/login
  [ "$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{http_code}' http://127.0.0.1:8080/staff)" = 200 ] || { rm -f "$jar"; return 1; }
  awk '$6 == "SESSION" {print $7}' "$jar"
  rm -f "$jar"
}
# Seconds until every claim is screened (at most 10 minutes).
until_screened() {
  local start=$(date +%s.%N)
  for _ in $(seq 1 1200); do
    [ "$(sql "select count(*) from claim c where not exists
            (select 1 from claim_event e where e.claim_id = c.id and e.event = 'SCREENED')")" = 0 ] && break
    sleep 0.5
  done
  echo "$(date +%s.%N) - $start" | bc
}
waited=$(until_screened)
before=$(sql "select count(*) from claim")
sessions=""
for who in casey riley casey riley casey; do
  sessions="$sessions $(sign_in "$who")" || { echo "demo caseworker $who could not sign in to the console" >&2; exit 1; }
done
wrk -t5 -c5 -d"$DURATION" --timeout 10s -s caseworkers.lua http://127.0.0.1:8080 -- $sessions > /tmp/caseworkers.out &
wrk -t2 -c100 -d"$DURATION" --timeout 10s -s survivors.lua http://127.0.0.1:8080 | tee /tmp/survivors.out
wait
cat /tmp/caseworkers.out | grep caseworkers
created=$(grep -o 'CREATED=[0-9]*' /tmp/survivors.out | cut -d= -f2)
seconds=$(grep -o 'in [0-9.]* s =' /tmp/survivors.out | head -1 | cut -d' ' -f2)
behind=$(until_screened)
after=$(sql "select count(*) from claim")
twice=$(sql "select count(*) from (select claim_id from claim_event where event = 'SCREENED' group by claim_id having count(*) > 1) t")
echo "claims stored during the run: $((after - before)); 201 answers received: $created; screened twice: $twice"
echo "screened: the run started $(printf '%.0f' "$waited") s after the earlier claims were; its own were all screened $(printf '%.0f' "$behind") s after it ended:" \
  "$(echo "scale=1; ($after - $before) / ($seconds + $behind)" | bc) claims received and screened a second"
