#!/usr/bin/env bash
# Fault drill: two nodes behind HAProxy under the survivors' load; node 2 is killed with kill -9 a
# third of the way in and started again at two thirds. Afterwards: every 201 has its claim, no
# claim was screened twice, and every claim the dead node took in is screened in the end (its
# engine jobs are taken over once their lock expires: camunda.bpm.job-execution.lock-time-in-millis).
#
#   FRESH=1 infra/load/drill-kill-node.sh
set -euo pipefail
cd "$(dirname "$0")"
DURATION=${DURATION:-90}
DB=${LOAD_DB:-compensation_load}
./cluster.sh start 2
trap './cluster.sh stop' EXIT
before=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select count(*) from claim")
wrk -t2 -c100 -d"${DURATION}s" --timeout 10s -s survivors.lua http://127.0.0.1:8080 > /tmp/drill.out &
sleep $((DURATION / 3)); echo "kill -9 node 2"; ./cluster.sh kill 2
sleep $((DURATION / 3)); echo "restart node 2"; ./cluster.sh restart 2
wait
grep survivors /tmp/drill.out
created=$(grep -o 'CREATED=[0-9]*' /tmp/drill.out | cut -d= -f2)
for _ in $(seq 1 60); do   # wait for screening to catch up
  open=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select count(*) from claim where status = 'SUBMITTED'")
  [ "$open" = 0 ] && break
  sleep 5
done
stored=$(( $(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select count(*) from claim") - before ))
twice=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc \
  "select count(*) from (select claim_id from claim_event where event = 'SCREENED' group by claim_id having count(*) > 1) t")
unscreened=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select count(*) from claim where status = 'SUBMITTED'")
echo "201 answers: $created; claims stored: $stored (>= 201s: $([ "$stored" -ge "$created" ] && echo yes || echo NO)); screened twice: $twice; still unscreened: $unscreened"
